package com.ixsweep.importer;

import java.io.Closeable;
import java.io.IOException;

/**
 * Rows of cells, one at a time, without a String per cell: the cells of the current row live in {@link #buffer()}
 * between {@link #start(int)} and {@link #end(int)}. The buffer is reused by the next call to {@link #next()}.
 */
interface RecordSource extends Closeable {

    /** Moves to the next row; false at the end. */
    boolean next() throws IOException;

    /** The current row as a person counts rows in the file or sheet (1-based, header included). */
    int row();

    int cells();

    char[] buffer();

    int start(int cell);

    int end(int cell);

    default String cell(int i) {
        return i < cells() ? new String(buffer(), start(i), end(i) - start(i)) : "";
    }

    default String[] cellsAsStrings() {
        String[] out = new String[cells()];
        for (int i = 0; i < out.length; i++) {
            out[i] = cell(i);
        }
        return out;
    }

    /** True when every cell is empty or blank. */
    default boolean blank() {
        char[] b = buffer();
        for (int i = 0; i < cells(); i++) {
            for (int j = start(i); j < end(i); j++) {
                if (!IdValueParser.isBlank(b[j])) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    default void close() throws IOException {}
}
