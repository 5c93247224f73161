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
 */
public record ImportResult(
        String source, String column, List<ProfileId> ids, int duplicates, List<RejectedRow> rejected) {

    public ImportResult {
        ids = List.copyOf(ids);
        rejected = List.copyOf(rejected);
        column = column == null ? "" : column;
    }

    /** A row left out, as a person counts rows in the file (header included, 1-based). */
    public record RejectedRow(int row, String text, String reason) {}
}
