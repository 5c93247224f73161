package com.ixsweep.importer;

/**
 * A column that could hold the IDs, for the user to choose from when the choice is not obvious.
 *
 * @param index 0-based column index (pass it to {@link ColumnChoice#column(int)})
 * @param label the header text, or "column B" when there is no header
 * @param idsInSample cells among the first rows that are valid IDs
 * @param cellsInSample how many first rows (below the header) were looked at, whether or not they have a cell in this
 *     column: {@code idsInSample} of them hold an ID here
 */
public record ColumnCandidate(int index, String label, int idsInSample, int cellsInSample) {

    /** Spreadsheet-style column letters: 0 -> A, 26 -> AA. */
    public static String letters(int index) {
        StringBuilder sb = new StringBuilder();
        int i = index;
        do {
            sb.insert(0, (char) ('A' + i % 26));
            i = i / 26 - 1;
        } while (i >= 0);
        return sb.toString();
    }
}
