package com.ixsweep.importer;

import com.ixsweep.model.ProfileId;
import java.util.List;

/**
 * What one import took from a file or from pasted text.
 *
 * @param source the file name (or "clipboard") for messages
 * @param column the header of the column the IDs were read from, empty when the input has no columns
 * @param ids the IDs in first-seen order, without duplicates
 * @param duplicates how many repeated IDs were dropped (the first of each is kept)
 * @param rejected rows that held something that is not a valid ID, with row number and reason
 * @param columnIndex 0-based index of that column, -1 for a plain list of IDs
 * @param candidates the columns that could hold the IDs, for the user to choose another (see {@link ColumnChoice})
 * @param columnAmbiguous true when more than one column was a plausible choice: the UI should ask
 * @param encoding how the text was decoded, e.g. "UTF-8", "GBK (guessed)"; empty for pasted text
 * @param format what was read, e.g. "CSV, delimiter ';'", "XLSX, sheet 'Profiles'", "list of IDs"
 */
public record ImportResult(
        String source,
        String column,
        List<ProfileId> ids,
        int duplicates,
        List<RejectedRow> rejected,
        int columnIndex,
        List<ColumnCandidate> candidates,
        boolean columnAmbiguous,
        String encoding,
        String format) {

    public ImportResult {
        ids = ids instanceof LongIdList ? ids : List.copyOf(ids);
        rejected = List.copyOf(rejected);
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        column = column == null ? "" : column;
        encoding = encoding == null ? "" : encoding;
        format = format == null ? "" : format;
    }

    /** The original shape: no column details. */
    public ImportResult(String source, String column, List<ProfileId> ids, int duplicates, List<RejectedRow> rejected) {
        this(source, column, ids, duplicates, rejected, -1, List.of(), false, "", "");
    }

    /** The IDs as primitive values, in first-seen order. */
    public long[] idValues() {
        if (ids instanceof LongIdList l) {
            return l.toLongArray();
        }
        return ids.stream().mapToLong(ProfileId::value).toArray();
    }

    /** A row left out, as a person counts rows in the file (header included, 1-based). */
    public record RejectedRow(int row, String text, String reason) {}
}
