package com.ixsweep.importer;

/**
 * How to pick the ID column: automatically, or the one the user chose after seeing the candidates.
 *
 * @param column 0-based column index, or -1 to detect it
 * @param header whether the first row is a header, or AUTO to detect it
 */
public record ColumnChoice(int column, Header header) {

    /** Whether the first row (or the first row that names the columns) is a header. */
    public enum Header {
        AUTO,
        PRESENT,
        ABSENT
    }

    public static final ColumnChoice AUTO = new ColumnChoice(-1, Header.AUTO);

    public ColumnChoice {
        if (column < -1) {
            throw new IllegalArgumentException("column must be -1 (detect) or a 0-based index: " + column);
        }
        header = header == null ? Header.AUTO : header;
    }

    /** The column at this 0-based index, header detected. */
    public static ColumnChoice column(int index) {
        return new ColumnChoice(index, Header.AUTO);
    }

    public boolean automatic() {
        return column < 0;
    }
}
