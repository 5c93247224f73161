package com.ixsweep.batch;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.ixsweep.model.ProfileId;
import com.ixsweep.model.RowState;
import com.ixsweep.model.RowStatus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A run's result per profile, written as CSV (for Excel) or JSON, with the columns id, name, status, code, message.
 * Shared by the command line and the UI's Export. Immutable; any thread may build or write one (writing does I/O:
 * keep it off the FX thread).
 *
 * <p>CSV: UTF-8 with a byte-order mark (so Excel reads names in any script), CRLF line ends, RFC 4180 quoting, the
 * status as words ("Not found"), the code empty when there is none. Every text cell that a spreadsheet would read as
 * a formula (beginning with {@code = + - @}, tab or carriage return) gets a leading apostrophe.
 *
 * <p>JSON: an array of {@code {"id":1456,"name":"..","status":"NOT_FOUND","code":2007,"message":".."}}, the status
 * as the {@link RowStatus} constant name (stable for programs), no formula escaping (JSON is not a spreadsheet).
 */
public final class RunReport {

    /** One line of the report. {@code name} is empty when unknown. */
    public record Row(ProfileId id, String name, RowStatus status, int code, String message) {
        public Row {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(status, "status");
            name = name == null ? "" : name;
            message = message == null ? "" : message;
        }
    }

    private static final String[] HEADER = {"id", "name", "status", "code", "message"};

    private final List<Row> rows;

    public RunReport(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** Rows in the order of {@code states} (e.g. {@link RunSummary#finalStates()}), names where known. */
    public static RunReport of(Map<ProfileId, RowState> states, Map<ProfileId, String> names) {
        List<Row> rows = new ArrayList<>(states.size());
        states.forEach((id, s) -> rows.add(new Row(id, names.getOrDefault(id, ""), s.status(), s.code(), s.message())));
        return new RunReport(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /** Writes CSV when the file name ends in {@code .csv}, JSON when {@code .json}; otherwise refuses. */
    public void write(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            try (OutputStream out = Files.newOutputStream(file)) {
                writeCsv(out);
            }
        } else if (name.endsWith(".json")) {
            try (OutputStream out = Files.newOutputStream(file)) {
                writeJson(out);
            }
        } else {
            throw new IllegalArgumentException("A report file must end in .csv or .json: " + file.getFileName());
        }
    }

    /** CSV as described above, BOM included; the stream is flushed, not closed. */
    public void writeCsv(OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        writeCsvLine(w, HEADER);
        for (Row r : rows) {
            writeCsvLine(w, new String[] {
                Long.toString(r.id().value()),
                r.name(),
                statusLabel(r.status()),
                r.code() == 0 ? "" : Integer.toString(r.code()),
                r.message()
            });
        }
        w.flush();
    }

    /** JSON as described above; the stream is flushed, not closed. */
    public void writeJson(OutputStream out) throws IOException {
        JsonFactory factory = new JsonFactory();
        factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (Row r : rows) {
                g.writeStartObject();
                g.writeNumberField("id", r.id().value());
                g.writeStringField("name", r.name());
                g.writeStringField("status", r.status().name());
                g.writeNumberField("code", r.code());
                g.writeStringField("message", r.message());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.flush();
    }

    /** The words a person reads for a status, e.g. "Skipped (open)". */
    public static String statusLabel(RowStatus status) {
        return switch (status) {
            case PENDING -> "Pending";
            case QUEUED -> "Queued";
            case RUNNING -> "Running";
            case CLEARED -> "Cleared";
            case SKIPPED_OPEN -> "Skipped (open)";
            case NOT_FOUND -> "Not found";
            case FAILED -> "Failed";
            case NOT_CONFIRMED -> "Not confirmed";
            case NOT_ATTEMPTED -> "Not attempted";
        };
    }

    private static void writeCsvLine(Writer w, String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(csvCell(cells[i]));
        }
        w.write("\r\n");
    }

    /** One cell: formula-like text neutralised with a leading apostrophe, then quoted if it needs to be. */
    static String csvCell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
