package com.ixsweep.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.ixsweep.importer.ColumnCandidate;
import com.ixsweep.importer.ColumnChoice;
import com.ixsweep.importer.ImportException;
import com.ixsweep.importer.ImportResult;
import com.ixsweep.importer.ImportResult.RejectedRow;
import com.ixsweep.importer.RejectedRowsExport;
import com.ixsweep.model.ProfileId;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code import FILE... [--json] [--column C] [--rejected-csv OUT]}: reads ID lists the way the app does and shows, per
 * file, the IDs, the duplicates and every rejected row with its reason. Exit code ({@link ExitCode}): 0 when every
 * file was read and no row was rejected, 1 when a file was refused (its message goes to the error stream) or rows
 * were rejected, 2 for a usage error or when {@code --rejected-csv} cannot be written.
 */
public final class ImportCommand {

    /** Options that take a value (the next word). */
    static final Set<String> VALUED = Set.of("--column", "--rejected-csv");

    /** Options without a value. */
    static final Set<String> FLAGS = Set.of("--json", "--help", "-h");

    /** How many IDs, and how many rejected rows, the text output shows per file; --json has them all. */
    static final int SHOWN = 20;

    static final String USAGE = String.join(
            System.lineSeparator(),
            "usage: import FILE... [--json] [--column C] [--rejected-csv OUT]",
            "  Reads profile IDs from CSV, TSV, TXT or XLSX files and shows what would be imported: per file the",
            "  number of IDs, the first " + SHOWN + " of them and the rows it rejects, with their reasons.",
            "  --json              one JSON document on standard output, with every ID and every rejected row",
            "  --column C          read the IDs from column C (a letter such as B, or a number from 1)",
            "  --rejected-csv OUT  also write the rejected rows of all files to OUT (CSV for Excel)",
            "  --help, -h          show this help",
            "  exit code: 0 every file read, no row rejected; 1 a file refused or rows rejected;",
            "             2 usage error, or OUT cannot be written");

    private ImportCommand() {}

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(args);
        if (!rest.isEmpty() && rest.get(0).equals("import")) {
            rest.remove(0);
        }
        boolean json = false;
        ColumnChoice choice = ColumnChoice.AUTO;
        Path rejectedCsv = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            switch (a) {
                case "--json" -> json = true;
                case "--column" -> {
                    if (i + 1 >= rest.size()) {
                        err.println("--column needs a column, such as B or 2");
                        err.println(USAGE);
                        return ExitCode.USAGE_OR_OPERATOR;
                    }
                    int index = parseColumn(rest.get(++i));
                    if (index < 0) {
                        err.println("--column " + rest.get(i) + ": give a letter such as B or a number from 1");
                        return ExitCode.USAGE_OR_OPERATOR;
                    }
                    choice = ColumnChoice.column(index);
                }
                case "--rejected-csv" -> {
                    if (i + 1 >= rest.size()) {
                        err.println("--rejected-csv needs a file to write");
                        return ExitCode.USAGE_OR_OPERATOR;
                    }
                    rejectedCsv = Path.of(rest.get(++i));
                }
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return ExitCode.ALL_DONE;
                }
                default -> {
                    if (a.startsWith("--")) {
                        err.println("unknown option " + a);
                        err.println(USAGE);
                        return ExitCode.USAGE_OR_OPERATOR;
                    }
                    files.add(Path.of(a));
                }
            }
        }
        if (files.isEmpty()) {
            err.println(USAGE);
            return ExitCode.USAGE_OR_OPERATOR;
        }
        if (rejectedCsv != null) {
            Optional<String> problem = OutputFile.problem(rejectedCsv);
            if (problem.isPresent()) {
                err.println("import: cannot write --rejected-csv " + rejectedCsv + ": " + problem.get());
                return ExitCode.USAGE_OR_OPERATOR;
            }
        }
        List<Object> outcomes = new ArrayList<>();
        boolean refused = false;
        for (Path f : files) {
            try {
                outcomes.add(IdSource.IMPORTER.read(f, choice));
            } catch (ImportException e) {
                refused = true;
                outcomes.add(FileProblems.describe(f, e));
                err.println("refused: " + FileProblems.describe(f, e));
            }
        }
        if (json) {
            writeJson(outcomes, files, out);
        } else {
            for (Object o : outcomes) {
                if (o instanceof ImportResult r) {
                    writeHuman(r, out);
                }
            }
        }
        out.flush();
        if (rejectedCsv != null) {
            List<ImportResult> read = new ArrayList<>();
            for (Object o : outcomes) {
                if (o instanceof ImportResult r) {
                    read.add(r);
                }
            }
            try {
                RejectedRowsExport.write(read, rejectedCsv);
            } catch (IOException e) {
                err.println("import: cannot write --rejected-csv " + rejectedCsv + ": " + FileProblems.reason(e));
                return ExitCode.USAGE_OR_OPERATOR;
            }
        }
        boolean rejected = outcomes.stream()
                .anyMatch(o -> o instanceof ImportResult r && !r.rejected().isEmpty());
        return refused || rejected ? ExitCode.SOME_NOT_DONE : ExitCode.ALL_DONE;
    }

    /** "B" -> 1, "2" -> 1; -1 when neither. */
    static int parseColumn(String s) {
        String t = s.strip().toUpperCase(Locale.ROOT);
        if (t.matches("\\d{1,5}")) {
            int n = Integer.parseInt(t);
            return n >= 1 ? n - 1 : -1;
        }
        if (t.matches("[A-Z]{1,3}")) {
            int col = 0;
            for (char c : t.toCharArray()) {
                col = col * 26 + (c - 'A' + 1);
            }
            return col - 1;
        }
        return -1;
    }

    private static void writeHuman(ImportResult r, PrintStream out) {
        out.println(r.source() + ": " + Words.count(r.ids().size(), "ID") + ", "
                + Words.count(r.duplicates(), "duplicate") + ", "
                + Words.count(r.rejected().size(), "rejected row")
                + " (" + r.format() + (r.encoding().isEmpty() ? "" : ", " + r.encoding()) + columnText(r) + ")");
        if (r.columnAmbiguous()) {
            out.println(
                    "  more than one column could hold the IDs: " + candidatesText(r) + "; choose one with --column");
        }
        StringBuilder line = new StringBuilder("  IDs:");
        List<ProfileId> ids = r.ids();
        for (int i = 0; i < Math.min(SHOWN, ids.size()); i++) {
            String s = " " + ids.get(i);
            if (line.length() + s.length() > 100) {
                out.println(line);
                line = new StringBuilder("      ");
            }
            line.append(s);
        }
        out.println(line);
        if (ids.size() > SHOWN) {
            out.println("  … and " + Words.number(ids.size() - SHOWN) + " more; use --json for all");
        }
        List<RejectedRow> rejected = r.rejected();
        if (!rejected.isEmpty()) {
            List<RejectedRow> shown = rejected.subList(0, Math.min(SHOWN, rejected.size()));
            int textWidth = 4;
            for (RejectedRow row : shown) {
                textWidth = Math.max(textWidth, Math.min(30, row.text().length()));
            }
            String fmt = "  %6s  %-" + textWidth + "s  %s%n";
            out.printf(Locale.ROOT, fmt, "Row", "Text", "Reason");
            for (RejectedRow row : shown) {
                String text = row.text().length() > 30 ? row.text().substring(0, 29) + "…" : row.text();
                out.printf(Locale.ROOT, fmt, row.row(), text, row.reason());
            }
            if (rejected.size() > SHOWN) {
                out.println("  … and " + Words.count(rejected.size() - SHOWN, "more rejected row")
                        + "; use --json or --rejected-csv OUT for all");
            }
        }
    }

    /** "A 'Profile ID', B" : the columns that could hold the IDs, header shown where there is one. */
    static String candidatesText(ImportResult r) {
        StringBuilder sb = new StringBuilder();
        for (ColumnCandidate c : r.candidates()) {
            String letters = ColumnCandidate.letters(c.index());
            sb.append(sb.isEmpty() ? "" : ", ").append(letters);
            if (!c.label().equals("column " + letters)) {
                sb.append(" '").append(c.label()).append("'");
            }
        }
        return sb.toString();
    }

    /** ", column B 'Profile ID'", ", column A" for a column without header, "" for a plain list. */
    static String columnText(ImportResult r) {
        if (r.columnIndex() < 0) {
            return "";
        }
        String letters = ColumnCandidate.letters(r.columnIndex());
        return r.column().equals("column " + letters)
                ? ", " + r.column()
                : ", column " + letters + " '" + r.column() + "'";
    }

    private static void writeJson(List<Object> outcomes, List<Path> files, PrintStream out) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("files");
            for (int i = 0; i < outcomes.size(); i++) {
                g.writeStartObject();
                Object o = outcomes.get(i);
                if (o instanceof ImportResult r) {
                    g.writeStringField("file", files.get(i).toString());
                    g.writeStringField("source", r.source());
                    g.writeStringField("format", r.format());
                    g.writeStringField("encoding", r.encoding());
                    g.writeStringField("column", r.column());
                    g.writeNumberField("columnIndex", r.columnIndex());
                    g.writeBooleanField("columnAmbiguous", r.columnAmbiguous());
                    g.writeArrayFieldStart("candidates");
                    for (ColumnCandidate c : r.candidates()) {
                        g.writeStartObject();
                        g.writeNumberField("index", c.index());
                        g.writeStringField("label", c.label());
                        g.writeNumberField("idsInSample", c.idsInSample());
                        g.writeNumberField("cellsInSample", c.cellsInSample());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    long[] ids = r.idValues();
                    g.writeFieldName("ids");
                    g.writeArray(ids, 0, ids.length);
                    g.writeNumberField("duplicates", r.duplicates());
                    g.writeArrayFieldStart("rejected");
                    for (RejectedRow row : r.rejected()) {
                        g.writeStartObject();
                        g.writeNumberField("row", row.row());
                        g.writeStringField("text", row.text());
                        g.writeStringField("reason", row.reason());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                } else {
                    g.writeStringField("file", files.get(i).toString());
                    g.writeStringField("error", (String) o);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }
}
