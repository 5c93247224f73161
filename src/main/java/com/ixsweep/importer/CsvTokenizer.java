package com.ixsweep.importer;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits delimited text into rows and cells, streaming: RFC 4180 quotes (a quote opens a field only at its start,
 * {@code ""} inside is one quote, delimiters and line breaks inside quotes belong to the field), CRLF, LF and CR line
 * ends. A delimiter of {@code 0} means one cell per line. A quote left open at the end of the input is an error, since
 * it would otherwise swallow every row after it.
 */
final class CsvTokenizer implements RecordSource {

    /** A quote that is never closed; {@link #row()} says where it opened. */
    static final class UnclosedQuoteException extends IOException {
        private static final long serialVersionUID = 1L;
        final int row;

        UnclosedQuoteException(int row) {
            super("a quote opened in row " + row + " is never closed");
            this.row = row;
        }
    }

    private final Reader in;
    private final char delimiter;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;

    private char[] rec = new char[256];
    private int recLen;
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private int cells;
    private int row;

    CsvTokenizer(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    @Override
    public boolean next() throws IOException {
        cells = 0;
        recLen = 0;
        boolean any = false;
        boolean inQuotes = false;
        int cellStart = 0;
        while (true) {
            if (pos >= lim && !fill()) {
                if (inQuotes) {
                    throw new UnclosedQuoteException(row + 1);
                }
                if (!any) {
                    return false;
                }
                addCell(cellStart);
                row++;
                return true;
            }
            char c = buf[pos++];
            any = true;
            if (inQuotes) {
                if (c == '"') {
                    if (pos >= lim && !fill()) {
                        inQuotes = false;
                    } else if (buf[pos] == '"') {
                        append('"');
                        pos++;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    append(c);
                }
            } else if (c == delimiter && delimiter != 0) {
                addCell(cellStart);
                cellStart = recLen;
            } else if (c == '\n') {
                addCell(cellStart);
                row++;
                return true;
            } else if (c == '\r') {
                if ((pos < lim || fill()) && buf[pos] == '\n') {
                    pos++;
                }
                addCell(cellStart);
                row++;
                return true;
            } else if (c == '"' && onlyBlanksSince(cellStart)) {
                recLen = cellStart;
                inQuotes = true;
            } else {
                append(c);
            }
        }
    }

    private boolean onlyBlanksSince(int from) {
        for (int i = from; i < recLen; i++) {
            if (rec[i] != ' ') {
                return false;
            }
        }
        return true;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        lim = n;
        return true;
    }

    private void append(char c) {
        if (recLen == rec.length) {
            rec = Arrays.copyOf(rec, rec.length * 2);
        }
        rec[recLen++] = c;
    }

    private void addCell(int cellStart) {
        if (cells == starts.length) {
            starts = Arrays.copyOf(starts, cells * 2);
            ends = Arrays.copyOf(ends, cells * 2);
        }
        starts[cells] = cellStart;
        ends[cells] = recLen;
        cells++;
    }

    @Override
    public int row() {
        return row;
    }

    @Override
    public int cells() {
        return cells;
    }

    @Override
    public char[] buffer() {
        return rec;
    }

    @Override
    public int start(int cell) {
        return starts[cell];
    }

    @Override
    public int end(int cell) {
        return ends[cell];
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
