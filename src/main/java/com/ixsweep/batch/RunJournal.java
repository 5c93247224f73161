package com.ixsweep.batch;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ixsweep.model.ClearMode;
import com.ixsweep.model.ProfileId;
import com.ixsweep.model.RowState;
import com.ixsweep.model.RowStatus;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends every state change of one run to a JSON-lines file ({@code run-<UTC timestamp>.jsonl}) in a folder chosen
 * by the caller (the app passes its user data folder), flushing each line so that a killed process loses nothing it
 * had heard back. Use it as (part of) the run's {@link ClearListener}, then call {@link #finish(RunSummary)} and
 * {@link #close()}.
 *
 * <p>Lines: a header {@code {"t":"run","version":1,"started":..,"mode":..,"chunk":..,"open":..,"dryRun":..,
 * "count":..,"ids":[..]}}; then {@code {"t":"state","id":..,"status":..,"code":..,"message":..,"at":..}} per change,
 * {@code {"t":"notice","message":..,"at":..}} per notice, and at the end {@code {"t":"end",..counts..}}. Only IDs,
 * states, codes and messages are written: never profile fields, URLs or anything secret.
 *
 * <p>Thread-safe: all writing methods are synchronized, so any thread may call them. A write failure is logged once
 * and the journal goes quiet ({@link #healthy()} turns false); it never stops a run. {@link #read(Path)} is a plain
 * static reader, callable from any thread.
 */
public final class RunJournal implements ClearListener, Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(RunJournal.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final String PREFIX = "run-";
    private static final String SUFFIX = ".jsonl";
    static final int VERSION = 1;

    private final Path file;
    private final Clock clock;
    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder(160);
    private boolean failed;
    private boolean closed;

    private RunJournal(Path file, Clock clock, BufferedWriter out) {
        this.file = file;
        this.clock = clock;
        this.out = out;
    }

    /** Creates the folder if needed and a new journal file in it, and writes the header. */
    public static RunJournal start(Path folder, ClearRequest request) throws IOException {
        return start(folder, request, Clock.systemUTC());
    }

    public static RunJournal start(Path folder, ClearRequest request, Clock clock) throws IOException {
        return start(folder, request, Target.UNKNOWN, clock);
    }

    /** As {@link #start(Path, ClearRequest)}, naming the ixBrowser (or demo) the run talks to in the header. */
    public static RunJournal start(Path folder, ClearRequest request, Target target) throws IOException {
        return start(folder, request, target, Clock.systemUTC());
    }

    public static RunJournal start(Path folder, ClearRequest request, Target target, Clock clock) throws IOException {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(target, "target");
        Files.createDirectories(folder);
        String stamp = FILE_TIME.format(clock.instant());
        Path file = folder.resolve(PREFIX + stamp + SUFFIX);
        BufferedWriter writer = null;
        for (int n = 2; writer == null; n++) {
            try {
                writer = new BufferedWriter(new OutputStreamWriter(
                        Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                        StandardCharsets.UTF_8));
            } catch (FileAlreadyExistsException e) {
                file = folder.resolve(PREFIX + stamp + "-" + n + SUFFIX);
            }
        }
        RunJournal journal = new RunJournal(file, clock, writer);
        List<ProfileId> distinct = List.copyOf(new LinkedHashSet<>(request.ids()));
        ObjectNode header = JSON.createObjectNode()
                .put("t", "run")
                .put("version", VERSION)
                .put("started", clock.instant().toString())
                .put("mode", request.mode().cliName())
                .put("chunk", request.chunkSize())
                .put("open", request.openPolicy().name())
                .put("dryRun", request.dryRun())
                .put("api", target.apiUrl())
                .put("demo", target.demo())
                .put("count", distinct.size());
        ArrayNode ids = header.putArray("ids");
        distinct.forEach(id -> ids.add(id.value()));
        journal.writeLine(JSON.writeValueAsString(header));
        if (journal.failed) {
            throw new IOException("Could not write the run journal " + file);
        }
        return journal;
    }

    public Path file() {
        return file;
    }

    /** False once a write failed; the run goes on, but the journal is incomplete from then on. */
    public synchronized boolean healthy() {
        return !failed;
    }

    @Override
    public synchronized void stateChanged(ProfileId id, RowState state) {
        line.setLength(0);
        line.append("{\"t\":\"state\",\"id\":")
                .append(id.value())
                .append(",\"status\":\"")
                .append(state.status().name())
                .append("\",\"code\":")
                .append(state.code())
                .append(",\"message\":\"");
        JsonStringEncoder.getInstance().quoteAsString(state.message(), line);
        line.append("\",\"at\":").append(clock.millis()).append('}');
        writeLine(line);
    }

    @Override
    public synchronized void notice(String message) {
        writeLine(safeJson(JSON.createObjectNode()
                .put("t", "notice")
                .put("message", message)
                .put("at", clock.millis())));
    }

    /** Writes the end line with the run's summary; {@link #read(Path)} then reports the run as finished. */
    public synchronized void finish(RunSummary summary) {
        ObjectNode end = JSON.createObjectNode()
                .put("t", "end")
                .put("requests", summary.requests())
                .put("durationMs", summary.duration().toMillis())
                .put("stopReason", summary.stopReason())
                .put("dryRun", summary.dryRun());
        ObjectNode counts = end.putObject("counts");
        for (RowStatus status : RowStatus.values()) {
            if (summary.count(status) > 0) {
                counts.put(status.name(), summary.count(status));
            }
        }
        end.put("at", clock.millis());
        writeLine(safeJson(end));
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            LOG.warn("Could not close the run journal {}", file, e);
        }
    }

    private void writeLine(CharSequence text) {
        if (failed || closed) {
            return;
        }
        try {
            out.append(text).append('\n');
            out.flush();
        } catch (IOException e) {
            failed = true;
            LOG.error("Could not write the run journal {}; it stops here, the run goes on", file, e);
        }
    }

    private static String safeJson(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException("A JSON tree cannot fail to serialise", e);
        }
    }

    /** The newest journal in this folder, by file name (names sort by start time), if any. */
    public static Optional<Path> latest(Path folder) throws IOException {
        return newest(folder, 1).stream().findFirst();
    }

    /** Up to {@code limit} journals of this folder, newest first; empty when the folder does not exist. */
    public static List<Path> newest(Path folder, int limit) throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> {
                        String name = p.getFileName().toString();
                        return name.startsWith(PREFIX) && name.endsWith(SUFFIX);
                    })
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString())
                            .reversed())
                    .limit(limit)
                    .toList();
        }
    }

    /**
     * Reads a journal, even one cut short by a killed process: a torn last line (or any unreadable line) is skipped
     * and counted. Fails only when the file cannot be read or has no header.
     */
    public static Contents read(Path file) throws IOException {
        Map<ProfileId, RowState> last = new LinkedHashMap<>();
        List<String> notices = new ArrayList<>();
        JsonNode header = null;
        JsonNode end = null;
        int skipped = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            while ((text = in.readLine()) != null) {
                if (text.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(text);
                } catch (IOException e) {
                    skipped++;
                    continue;
                }
                String type = node.path("t").asText();
                try {
                    switch (type) {
                        case "run" -> {
                            if (header == null) {
                                header = node;
                                for (JsonNode id : node.path("ids")) {
                                    last.put(ProfileId.of(id.asLong()), RowState.PENDING);
                                }
                            }
                        }
                        case "state" ->
                            last.put(
                                    ProfileId.of(node.path("id").asLong()),
                                    new RowState(
                                            RowStatus.valueOf(
                                                    node.path("status").asText()),
                                            node.path("code").asInt(),
                                            node.path("message").asText()));
                        case "notice" -> notices.add(node.path("message").asText());
                        case "end" -> end = node;
                        default -> skipped++;
                    }
                } catch (IllegalArgumentException e) {
                    skipped++;
                }
            }
        }
        if (header == null) {
            throw new IOException("Not a run journal (no header line): " + file);
        }
        ClearMode mode = ClearMode.fromCliName(header.path("mode").asText())
                .orElseThrow(() -> new IOException("Unknown clear mode in " + file));
        OpenProfilePolicy policy;
        try {
            policy = OpenProfilePolicy.valueOf(header.path("open").asText());
        } catch (IllegalArgumentException e) {
            policy = OpenProfilePolicy.SKIP;
        }
        Map<RowStatus, Integer> endCounts = new EnumMap<>(RowStatus.class);
        if (end != null) {
            end.path("counts").properties().forEach(e -> {
                try {
                    endCounts.put(RowStatus.valueOf(e.getKey()), e.getValue().asInt());
                } catch (IllegalArgumentException ignored) {
                    // An unknown status name from a newer version: left out of the counts.
                }
            });
        }
        Instant started;
        try {
            started = Instant.parse(header.path("started").asText());
        } catch (DateTimeParseException e) {
            started = Instant.EPOCH;
        }
        return new Contents(
                file,
                started,
                mode,
                Math.max(1, header.path("chunk").asInt(ClearRequest.DEFAULT_CHUNK)),
                policy,
                header.path("dryRun").asBoolean(),
                last,
                notices,
                end != null,
                endCounts,
                skipped,
                new Target(header.path("api").asText(""), header.path("demo").asBoolean(false)));
    }

    /**
     * The Local API a run talked to: a run on the demo simulator must not pass for one on ixBrowser in History.
     *
     * @param apiUrl the base URL, empty when unknown (journals written before it was recorded)
     */
    public record Target(String apiUrl, boolean demo) {
        public static final Target UNKNOWN = new Target("", false);

        public Target {
            Objects.requireNonNull(apiUrl, "apiUrl");
        }
    }

    /**
     * What a journal holds.
     *
     * @param started when the run started ({@link Instant#EPOCH} if the header's time is unreadable)
     * @param lastStates the last state written for each ID, in the run's order; {@link RowState#PENDING} for an ID
     *     of the header that never got a state (the process died first)
     * @param finished whether the end line is there (the run was not killed)
     * @param endCounts the counts of the end line; empty when not finished
     * @param skippedLines unreadable lines skipped (a torn last line after a kill)
     * @param target the ixBrowser or demo the run talked to
     */
    public record Contents(
            Path file,
            Instant started,
            ClearMode mode,
            int chunkSize,
            OpenProfilePolicy openPolicy,
            boolean dryRun,
            Map<ProfileId, RowState> lastStates,
            List<String> notices,
            boolean finished,
            Map<RowStatus, Integer> endCounts,
            int skippedLines,
            Target target) {

        public Contents {
            lastStates = Collections.unmodifiableMap(new LinkedHashMap<>(lastStates));
            notices = List.copyOf(notices);
            endCounts = Map.copyOf(endCounts);
        }

        /** Count per final status of the last states (IDs without a final state are not counted). */
        public Map<RowStatus, Integer> finalCounts() {
            Map<RowStatus, Integer> counts = new EnumMap<>(RowStatus.class);
            lastStates.values().stream()
                    .filter(s -> s.status().isFinal())
                    .forEach(s -> counts.merge(s.status(), 1, Integer::sum));
            return counts;
        }

        /**
         * IDs a resume or "retry failed" run should take: those without a final state (the run was killed or is
         * still going) and those whose final state is retryable (Failed, Not confirmed, Not attempted). Never a
         * Cleared, Not found or Skipped (open) ID.
         */
        public List<ProfileId> idsToResume() {
            return lastStates.entrySet().stream()
                    .filter(e -> !e.getValue().status().isFinal()
                            || e.getValue().status().isRetryable())
                    .map(Map.Entry::getKey)
                    .toList();
        }

        /**
         * A real (not dry) run of {@link #idsToResume()} with this journal's mode, chunk size and open policy; empty
         * when nothing is left to do.
         */
        public Optional<ClearRequest> resumeRequest() {
            List<ProfileId> ids = idsToResume();
            return ids.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new ClearRequest(ids, mode, chunkSize, openPolicy, false));
        }
    }
}
