package com.ixsweep.cli;

import com.ixsweep.api.ApiSettings;
import com.ixsweep.api.LocalApi;
import com.ixsweep.batch.CancelSignal;
import com.ixsweep.batch.ClearEngine;
import com.ixsweep.batch.ClearListener;
import com.ixsweep.batch.ClearRequest;
import com.ixsweep.batch.OpenProfilePolicy;
import com.ixsweep.batch.RunJournal;
import com.ixsweep.batch.RunReport;
import com.ixsweep.batch.RunSummary;
import com.ixsweep.importer.ColumnCandidate;
import com.ixsweep.importer.ColumnChoice;
import com.ixsweep.importer.ImportException;
import com.ixsweep.importer.ImportResult;
import com.ixsweep.model.ClearMode;
import com.ixsweep.model.ProfileId;
import com.ixsweep.model.RowState;
import com.ixsweep.model.RowStatus;
import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * {@code clear}: clears cache (and cookies) of profiles from the command line, with the same engine as the app and
 * the same importer for {@code --ids-file}. Checks everything it can before the first request (options, the API
 * address, the report's folder, the ID files). Prints progress and a summary; exit code ({@link ExitCode}) 0 when every
 * profile was cleared, 1 when some were not or rows of an ID file were rejected, 2 for a usage error, a declined
 * confirmation or an operator-level stop (ixBrowser not running, logged out, too old...). Runs on the calling thread;
 * Ctrl-C cancels the run and still writes the report and journal.
 */
public final class ClearCommand {

    public static final String DEFAULT_API = "http://127.0.0.1:53200";

    /** Options that take a value; each may be given as {@code --name value} or {@code --name=value}. */
    static final Set<String> VALUED = Set.of(
            "--ids",
            "--ids-file",
            "--column",
            "--mode",
            "--api",
            "--chunk",
            "--open",
            "--report",
            "--journal",
            "--resume");

    /** Options without a value. */
    static final Set<String> FLAGS = Set.of("--dry-run", "--yes", "-y", "--allow-remote", "--help", "-h");

    /** How many problem rows of one state are printed while the run goes; the report has every row. */
    static final int ROWS_SHOWN_PER_STATE = 20;

    static final String USAGE = String.join(
            System.lineSeparator(),
            "Usage: clear --mode cache|cache-and-cookies|cache-keep-extensions (--ids 1,2,3 | --ids-file FILE)...",
            "             [--column C] [--api URL] [--allow-remote] [--chunk N] [--open skip|close|include]",
            "             [--dry-run] [--report FILE.csv|FILE.json] [--journal DIR] [--yes]",
            "       clear --resume JOURNAL.jsonl [--chunk N] [--open ...] [--dry-run] [--report ...] [--journal DIR]"
                    + " [--yes]",
            "  --ids LIST         profile IDs separated by commas (may be repeated)",
            "  --ids-file FILE    a file of IDs: CSV, TSV, TXT or XLSX, read as `import FILE` reads it (may be",
            "                     repeated); a file it refuses stops the run, its rejected rows are counted",
            "  --column C         the ID column of every --ids-file (a letter such as B, or a number from 1);",
            "                     detected from the header or the content when left out",
            "  --mode MODE        what to clear: cache, cache-and-cookies (logs the profiles out of every site)",
            "                     or cache-keep-extensions",
            "  --api URL          ixBrowser Local API address (default " + DEFAULT_API + ")",
            "  --allow-remote     let --api name another machine (its Local API has no password)",
            "  --chunk N          profiles per request, 1 to 1000 (default " + ClearRequest.DEFAULT_CHUNK + ")",
            "  --open POLICY      profiles open in ixBrowser: skip them (default), close them first, or include them",
            "  --dry-run          read only: show what would happen, change nothing",
            "  --report FILE      write a per-profile report, .csv (for Excel) or .json; its folder is checked",
            "                     before anything is sent",
            "  --journal DIR      folder for the run journal (a JSON-lines file per run)",
            "  --resume JOURNAL   run again what a journal left unfinished or retryable (never a cleared profile)",
            "  --yes, -y          do not ask before clearing cookies (required when input is not interactive)",
            "  --help, -h         show this help",
            "Exit code: 0 every profile cleared (a dry run: every one would be); 1 some not cleared, or rows of an",
            "           --ids-file rejected; 2 usage error, declined confirmation, or the run stopped because",
            "           ixBrowser is not running, logged out, without permission or too old");

    /** Asks the operator a yes/no question; empty when nobody can answer (input is not interactive). */
    @FunctionalInterface
    public interface Prompt {
        Optional<String> ask(String question);

        /** The console, or empty when {@link System#console()} is {@code null}. */
        Prompt CONSOLE = question -> {
            Console console = System.console();
            return console == null ? Optional.empty() : Optional.ofNullable(console.readLine("%s ", question));
        };
    }

    private ClearCommand() {}

    /** Runs {@code clear} with the console as prompt and the importer for ID files. */
    public static int run(
            List<String> args, PrintStream out, PrintStream err, Function<ApiSettings, LocalApi> apiFactory) {
        return run(args, out, err, apiFactory, Prompt.CONSOLE, IdSource.IMPORTER, true);
    }

    /**
     * Runs {@code clear}.
     *
     * @param apiFactory builds the client for these settings (the real client in the app, a fake in tests)
     * @param prompt asks for confirmation before clearing cookies
     * @param idSource reads {@code --ids-file}
     * @param cancelOnShutdown whether Ctrl-C (a JVM shutdown) cancels the run and waits for its report
     */
    public static int run(
            List<String> args,
            PrintStream out,
            PrintStream err,
            Function<ApiSettings, LocalApi> apiFactory,
            Prompt prompt,
            IdSource idSource,
            boolean cancelOnShutdown) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (UsageException e) {
            err.println("clear: " + e.getMessage());
            err.println(USAGE);
            return ExitCode.USAGE_OR_OPERATOR;
        }
        if (options.help) {
            out.println(USAGE);
            return ExitCode.ALL_DONE;
        }
        ApiSettings settings;
        try {
            settings = ApiAddress.settings(options.api, options.allowRemote);
        } catch (IllegalArgumentException e) {
            err.println("clear: " + e.getMessage());
            return ExitCode.USAGE_OR_OPERATOR;
        }
        if (options.report != null) {
            Optional<String> problem = OutputFile.problem(options.report);
            if (problem.isPresent()) {
                err.println("clear: cannot write the report " + options.report + ": " + problem.get()
                        + ". Nothing cleared.");
                return ExitCode.USAGE_OR_OPERATOR;
            }
        }
        IdList ids;
        try {
            ids = readIds(options, idSource, out);
        } catch (UsageException e) {
            err.println("clear: " + e.getMessage());
            return ExitCode.USAGE_OR_OPERATOR;
        }
        ClearRequest request;
        if (options.resume != null) {
            Optional<ClearRequest> resumed;
            try {
                resumed = resumeRequest(options);
            } catch (IOException e) {
                err.println("clear: cannot resume from " + options.resume + ": " + FileProblems.reason(e));
                return ExitCode.USAGE_OR_OPERATOR;
            }
            if (resumed.isEmpty()) {
                out.println("Nothing left to do in " + options.resume
                        + ": every profile ended cleared, not found or skipped (open).");
                return ExitCode.ALL_DONE;
            }
            request = resumed.get();
            out.println("Resuming " + options.resume + ": "
                    + Words.count(request.ids().size(), "profile") + " not cleared yet or worth retrying.");
        } else {
            request = new ClearRequest(ids.ids, options.mode, options.chunk, options.openPolicy, options.dryRun);
        }
        int distinct = new LinkedHashSet<>(request.ids()).size();
        if (request.mode().removesCookies() && !request.dryRun() && !options.yes) {
            String question = "Clear cache and cookies of " + Words.count(distinct, "profile") + "? "
                    + (distinct == 1 ? "It" : "They") + " will be logged out of every site. [y/N]";
            Optional<String> answer = prompt.ask(question);
            if (answer.isEmpty()) {
                err.println("clear: clearing cookies logs " + Words.count(distinct, "profile") + " out of every site;"
                        + " input is not interactive, so pass --yes to confirm.");
                return ExitCode.USAGE_OR_OPERATOR;
            }
            String a = answer.get().strip().toLowerCase(Locale.ROOT);
            if (!a.equals("y") && !a.equals("yes")) {
                out.println("Nothing cleared.");
                return ExitCode.USAGE_OR_OPERATOR;
            }
        }

        LocalApi api;
        try {
            api = apiFactory.apply(settings);
        } catch (IllegalArgumentException e) {
            err.println("clear: " + e.getMessage());
            return ExitCode.USAGE_OR_OPERATOR;
        }
        RunJournal journal = null;
        if (options.journalDir != null) {
            try {
                journal = RunJournal.start(options.journalDir, request);
            } catch (IOException e) {
                err.println(
                        "clear: cannot write the run journal in " + options.journalDir + ": " + FileProblems.reason(e));
                return ExitCode.USAGE_OR_OPERATOR;
            }
        }
        out.println((request.dryRun() ? "Dry run: " : "") + "Clearing "
                + request.mode().cliName() + " of " + Words.count(distinct, "profile")
                + " through " + api.baseUrl() + " (chunks of " + request.chunkSize() + ", open profiles: "
                + request.openPolicy().name().toLowerCase(Locale.ROOT) + ")");

        AtomicBoolean cancel = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    cancel.set(true);
                    try {
                        // Let the run stop (within a second) and write its journal and report before the JVM halts.
                        finished.await(3, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "ixsweep-clear-cancel");
        if (cancelOnShutdown) {
            Runtime.getRuntime().addShutdownHook(hook);
        }
        try {
            int code = execute(api, request, journal, options.report, distinct, cancel::get, out, err);
            if (ids.rejectedRows > 0) {
                boolean one = ids.rejectedRows == 1;
                out.println(Words.count(ids.rejectedRows, "row") + " of the ID files " + (one ? "was" : "were")
                        + " rejected, so not cleared: " + String.join(", ", ids.importCommands)
                        + (ids.importCommands.size() == 1 ? " lists " : " list ") + (one ? "it." : "them."));
                return code == ExitCode.ALL_DONE ? ExitCode.SOME_NOT_DONE : code;
            }
            return code;
        } finally {
            finished.countDown();
            if (cancelOnShutdown) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // Ctrl-C: the hook is running and waited for us; nothing to remove.
                }
            }
        }
    }

    private static int execute(
            LocalApi api,
            ClearRequest request,
            RunJournal journal,
            Path report,
            int distinct,
            CancelSignal cancel,
            PrintStream out,
            PrintStream err) {
        RunSummary summary;
        Progress progress = new Progress(out, err, distinct);
        try {
            ClearListener listener = journal == null ? progress : ClearListener.all(journal, progress);
            summary = new ClearEngine(api).run(request, listener, cancel);
            if (journal != null) {
                journal.finish(summary);
            }
        } finally {
            if (journal != null) {
                journal.close();
            }
        }
        printSummary(out, summary, progress, report);
        if (journal != null) {
            out.println("Journal: " + journal.file());
        }
        if (report != null) {
            try {
                RunReport.of(summary.finalStates(), Map.of()).write(report);
                out.println("Report: " + report);
            } catch (IOException e) {
                // checked before the run, so rare (disk full, folder removed meanwhile); the run itself is done
                err.println("clear: the run above is done, but its report could not be written to " + report + ": "
                        + FileProblems.reason(e));
                return Math.max(exitCode(summary), ExitCode.SOME_NOT_DONE);
            }
        }
        return exitCode(summary);
    }

    /** The IDs of {@code --ids} and {@code --ids-file} in command-line order, each file read by the importer. */
    private static IdList readIds(Options options, IdSource idSource, PrintStream out) throws UsageException {
        IdList list = new IdList();
        for (IdInput input : options.inputs) {
            if (input.file() == null) {
                list.ids.addAll(input.inline());
                continue;
            }
            Path file = Path.of(input.file());
            String importCommand = "`ix-sweep-cli import " + quoted(input.file())
                    + (options.column == null ? "" : " --column " + options.column) + "`";
            ImportResult r;
            try {
                r = idSource.read(file, options.columnChoice());
            } catch (ImportException e) {
                String hint = FileProblems.refusedForContent(e)
                        ? "; " + importCommand + " shows what it holds"
                                + (options.column == null ? ", --column C picks the ID column" : "")
                        : "";
                throw new UsageException("--ids-file " + FileProblems.describe(file, e) + hint + ". Nothing cleared.");
            }
            if (r.columnAmbiguous()) {
                throw new UsageException("--ids-file " + input.file() + ": more than one column could hold the IDs ("
                        + ImportCommand.candidatesText(r) + "); choose one with --column, e.g. --column "
                        + ColumnCandidate.letters(r.columnIndex()) + " (" + importCommand
                        + " shows what each holds). Nothing cleared.");
            }
            list.ids.addAll(r.ids());
            StringBuilder line = new StringBuilder("Read ")
                    .append(input.file())
                    .append(": ")
                    .append(Words.count(r.ids().size(), "ID"))
                    .append(" (")
                    .append(r.format())
                    .append(ImportCommand.columnText(r))
                    .append(')');
            if (r.duplicates() > 0) {
                line.append(", ")
                        .append(Words.count(r.duplicates(), "duplicate"))
                        .append(" dropped");
            }
            if (!r.rejected().isEmpty()) {
                line.append(", ")
                        .append(Words.count(r.rejected().size(), "row"))
                        .append(" rejected: ")
                        .append(importCommand)
                        .append(" lists ")
                        .append(r.rejected().size() == 1 ? "it" : "them");
                list.rejectedRows += r.rejected().size();
                list.importCommands.add(importCommand);
            }
            out.println(line);
        }
        return list;
    }

    private static String quoted(String path) {
        return path.chars().anyMatch(Character::isWhitespace) ? '"' + path + '"' : path;
    }

    /** The IDs to clear and what the ID files left out. */
    private static final class IdList {
        final List<ProfileId> ids = new ArrayList<>();
        final List<String> importCommands = new ArrayList<>();
        int rejectedRows;
    }

    /** One {@code --ids LIST} (parsed) or {@code --ids-file FILE} (read after all options are checked). */
    private record IdInput(List<ProfileId> inline, String file) {}

    /** The journal's leftover IDs and mode; chunk, open policy and dry run from the command line when given. */
    private static Optional<ClearRequest> resumeRequest(Options options) throws IOException {
        RunJournal.Contents contents = RunJournal.read(options.resume);
        if (options.mode != null && options.mode != contents.mode()) {
            throw new IOException("the journal's run cleared " + contents.mode().cliName() + ", not "
                    + options.mode.cliName() + "; leave --mode out to resume it");
        }
        return contents.resumeRequest()
                .map(r -> new ClearRequest(
                        r.ids(),
                        r.mode(),
                        options.chunkGiven ? options.chunk : r.chunkSize(),
                        options.openGiven ? options.openPolicy : r.openPolicy(),
                        options.dryRun));
    }

    static int exitCode(RunSummary summary) {
        if (summary.stoppedEarly() && !summary.cancelled()) {
            return ExitCode.USAGE_OR_OPERATOR;
        }
        if (summary.dryRun()) {
            return summary.wouldClear() == summary.total() && !summary.cancelled()
                    ? ExitCode.ALL_DONE
                    : ExitCode.SOME_NOT_DONE;
        }
        return summary.allCleared() ? ExitCode.ALL_DONE : ExitCode.SOME_NOT_DONE;
    }

    private static void printSummary(PrintStream out, RunSummary summary, Progress progress, Path report) {
        List<String> parts = new ArrayList<>();
        for (RowStatus status : RowStatus.values()) {
            int n = summary.count(status);
            if (summary.dryRun() && status == RowStatus.NOT_ATTEMPTED) {
                // a dry run leaves the rows it would clear "not attempted"; others were not attempted for real
                int would = summary.wouldClear();
                if (would > 0) {
                    parts.add(Words.number(would) + " would clear");
                }
                n -= would;
            }
            if (n > 0) {
                parts.add(Words.number(n) + " " + RunReport.statusLabel(status).toLowerCase(Locale.ROOT));
            }
        }
        String counts = parts.isEmpty() ? "no profiles" : String.join(", ", parts);
        out.printf(
                Locale.ROOT,
                "%s in %.1f s, %s: %s.%n",
                summary.dryRun() ? "Dry run done, nothing changed," : "Done",
                summary.duration().toMillis() / 1000.0,
                Words.count(summary.requests(), "request"),
                counts);
        if (summary.cancelled()) {
            out.println("Cancelled: profiles not sent yet were not attempted.");
        } else if (summary.stoppedEarly()) {
            out.println("Stopped: " + summary.stopReason());
        }
        List<String> hidden = new ArrayList<>();
        for (RowStatus status : RowStatus.values()) {
            int n = progress.notShown(status);
            if (n > 0) {
                hidden.add(Words.number(n) + " more "
                        + RunReport.statusLabel(status).toLowerCase(Locale.ROOT));
            }
        }
        if (!hidden.isEmpty()) {
            out.println("Not listed above: " + String.join(", ", hidden) + " ("
                    + (report == null ? "--report FILE.csv lists every profile" : "the report lists every profile")
                    + ").");
        }
    }

    /**
     * Prints problem rows as they end (the first {@value #ROWS_SHOWN_PER_STATE} of each state) and a progress line
     * every tenth of the run. Called by the engine one event at a time.
     */
    private static final class Progress implements ClearListener {
        private final PrintStream out;
        private final PrintStream err;
        private final int total;
        private final int step;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger cleared = new AtomicInteger();
        private final Map<RowStatus, Integer> problems = new ConcurrentHashMap<>();

        Progress(PrintStream out, PrintStream err, int total) {
            this.out = out;
            this.err = err;
            this.total = total;
            this.step = Math.max(1, (total + 9) / 10);
        }

        @Override
        public void stateChanged(ProfileId id, RowState state) {
            if (!state.status().isFinal()) {
                return;
            }
            if (state.status() == RowStatus.CLEARED) {
                cleared.incrementAndGet();
            } else if (!state.message().startsWith(RunSummary.DRY_RUN_PREFIX + "would clear")
                    && problems.merge(state.status(), 1, Integer::sum) <= ROWS_SHOWN_PER_STATE) {
                out.println("  " + id + "  " + RunReport.statusLabel(state.status())
                        + (state.code() != 0 ? " " + state.code() : "")
                        + (state.message().isEmpty() ? "" : "  " + state.message()));
            }
            int n = done.incrementAndGet();
            if (n % step == 0 || n == total) {
                out.println("Progress: " + Words.number(n) + "/" + Words.number(total) + " done, "
                        + Words.number(cleared.get()) + " cleared");
            }
        }

        /** Problem rows of this state that ended but were not printed. */
        int notShown(RowStatus status) {
            return Math.max(0, problems.getOrDefault(status, 0) - ROWS_SHOWN_PER_STATE);
        }

        @Override
        public void notice(String message) {
            err.println("! " + message);
        }
    }

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    private static final class Options {
        final List<IdInput> inputs = new ArrayList<>();
        ClearMode mode;
        String column;
        int columnIndex = -1;
        String api = DEFAULT_API;
        int chunk = ClearRequest.DEFAULT_CHUNK;
        OpenProfilePolicy openPolicy = OpenProfilePolicy.SKIP;
        boolean dryRun;
        boolean yes;
        boolean allowRemote;
        boolean help;
        Path report;
        Path journalDir;
        Path resume;
        boolean chunkGiven;
        boolean openGiven;

        static Options parse(List<String> args) throws UsageException {
            Options o = new Options();
            List<String> list = new ArrayList<>(args);
            if (!list.isEmpty() && list.get(0).equals("clear")) {
                list.remove(0);
            }
            boolean sawIds = false;
            for (int i = 0; i < list.size(); i++) {
                String arg = list.get(i);
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    value = arg.substring(eq + 1);
                    arg = arg.substring(0, eq);
                }
                if (FLAGS.contains(arg) && value == null) {
                    switch (arg) {
                        case "--help", "-h" -> o.help = true;
                        case "--dry-run" -> o.dryRun = true;
                        case "--yes", "-y" -> o.yes = true;
                        case "--allow-remote" -> o.allowRemote = true;
                        default -> throw new IllegalStateException("flag without a case: " + arg);
                    }
                } else if (VALUED.contains(arg)) {
                    if (value == null) {
                        if (i + 1 >= list.size()) {
                            throw new UsageException(arg + " needs a value");
                        }
                        value = list.get(++i);
                    }
                    try {
                        o.set(arg, value);
                    } catch (IllegalArgumentException e) {
                        throw new UsageException(arg + ": " + e.getMessage());
                    }
                    sawIds |= arg.startsWith("--ids");
                } else if (FLAGS.contains(arg)) {
                    throw new UsageException(arg + " takes no value");
                } else {
                    throw new UsageException("unknown option \"" + arg + "\"");
                }
            }
            if (o.help) {
                return o;
            }
            boolean sawFile = o.inputs.stream().anyMatch(in -> in.file() != null);
            if (o.column != null && !sawFile) {
                throw new UsageException("--column picks the ID column of --ids-file files: give --ids-file too");
            }
            if (o.resume != null) {
                if (sawIds) {
                    throw new UsageException("--resume takes its IDs from the journal: leave --ids and --ids-file out");
                }
                return o;
            }
            if (o.mode == null) {
                throw new UsageException("--mode is required (cache, cache-and-cookies or cache-keep-extensions)");
            }
            if (!sawIds
                    || o.inputs.stream()
                            .allMatch(in -> in.file() == null && in.inline().isEmpty())) {
                throw new UsageException("no profile IDs: give --ids or --ids-file");
            }
            return o;
        }

        ColumnChoice columnChoice() {
            return columnIndex < 0 ? ColumnChoice.AUTO : ColumnChoice.column(columnIndex);
        }

        private void set(String option, String value) throws UsageException {
            switch (option) {
                case "--ids" -> {
                    try {
                        inputs.add(new IdInput(IdSource.parse(value, "--ids"), null));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException(e.getMessage());
                    }
                }
                case "--ids-file" -> {
                    if (value.isBlank()) {
                        throw new UsageException("--ids-file needs a file name");
                    }
                    inputs.add(new IdInput(List.of(), value));
                }
                case "--column" -> {
                    columnIndex = ImportCommand.parseColumn(value);
                    if (columnIndex < 0) {
                        throw new UsageException("--column " + value + ": give a letter such as B or a number from 1");
                    }
                    column = value.strip();
                }
                case "--mode" ->
                    mode = ClearMode.fromCliName(value)
                            .orElseThrow(() -> new UsageException("unknown --mode \"" + value
                                    + "\" (cache, cache-and-cookies or cache-keep-extensions)"));
                case "--api" -> api = value;
                case "--chunk" -> {
                    try {
                        chunk = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        chunk = 0;
                    }
                    if (chunk < 1 || chunk > 1000) {
                        throw new UsageException("--chunk must be a whole number from 1 to 1000: " + value);
                    }
                    chunkGiven = true;
                }
                case "--open" -> {
                    openGiven = true;
                    openPolicy = switch (value.toLowerCase(Locale.ROOT)) {
                        case "skip" -> OpenProfilePolicy.SKIP;
                        case "close" -> OpenProfilePolicy.CLOSE_FIRST;
                        case "include" -> OpenProfilePolicy.INCLUDE;
                        default -> throw new UsageException("--open must be skip, close or include: " + value);
                    };
                }
                case "--report" -> {
                    String lower = value.toLowerCase(Locale.ROOT);
                    if (!lower.endsWith(".csv") && !lower.endsWith(".json")) {
                        throw new UsageException("--report must name a .csv or .json file: " + value);
                    }
                    report = Path.of(value);
                }
                case "--journal" -> journalDir = Path.of(value);
                case "--resume" -> resume = Path.of(value);
                default -> throw new UsageException("unknown option \"" + option + "\"");
            }
        }
    }
}
