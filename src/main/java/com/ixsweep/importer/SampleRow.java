package com.ixsweep.importer;

/** One of the first rows, kept as Strings to decide where the IDs are. */
record SampleRow(int row, String[] cells) {

    String cell(int i) {
        return i < cells.length ? cells[i] : "";
    }
}
