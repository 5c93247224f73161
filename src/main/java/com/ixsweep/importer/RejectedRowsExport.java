package com.ixsweep.importer;

import com.ixsweep.importer.ImportResult.RejectedRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the rows an import left out as a CSV that Excel opens correctly: UTF-8 with a BOM, CRLF line ends, one line
 * per rejected row (file, row, text, reason). Cells that a spreadsheet would run as a formula (starting with = + - @,
 * tab or carriage return) get a leading apostrophe, so a crafted ID list cannot become a formula in the report.
 */
public final class RejectedRowsExport {

    private static final String HEADER = "File,Row,Text,Reason";

    private RejectedRowsExport() {}

    /** Writes the rejected rows of these results to a new or replaced file. */
    public static void write(List<ImportResult> results, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(results, out);
        }
    }

    public static void write(ImportResult result, Path file) throws IOException {
        write(List.of(result), file);
    }

    /** Writes BOM, header and rows to the stream; flushes but does not close it. */
    public static void write(List<ImportResult> results, OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write(HEADER);
        w.write("\r\n");
        for (ImportResult r : results) {
            for (RejectedRow row : r.rejected()) {
                w.write(cell(r.source()));
                w.write(',');
                w.write(Integer.toString(row.row()));
                w.write(',');
                w.write(cell(row.text()));
                w.write(',');
                w.write(cell(row.reason()));
                w.write("\r\n");
            }
        }
        w.flush();
    }

    /** One CSV cell: formula-like text neutralised, then quoted when it holds a delimiter, quote or line break. */
    static String cell(String text) {
        String t = text == null ? "" : text;
        if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0) {
            t = "'" + t;
        }
        if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
            return '"' + t.replace("\"", "\"\"") + '"';
        }
        return t;
    }
}
