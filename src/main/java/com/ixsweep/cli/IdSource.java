package com.ixsweep.cli;

import com.ixsweep.importer.ColumnChoice;
import com.ixsweep.importer.IdImporter;
import com.ixsweep.importer.ImportException;
import com.ixsweep.importer.ImportResult;
import com.ixsweep.model.ProfileId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where {@code clear --ids-file} gets its IDs: {@link #IMPORTER}, the same {@link IdImporter} as {@code import} and the
 * window (CSV, TSV, TXT, XLSX; encodings, header and ID column detected). A seam so tests can hand in what a file
 * would hold. Called on the command's thread.
 */
@FunctionalInterface
public interface IdSource {

    /**
     * What the importer takes from the file: the IDs (first of each kept), the rejected rows, the column read.
     *
     * @throws ImportException when the file is refused as a whole (missing, empty, binary, another vendor's IDs...)
     */
    ImportResult read(Path file, ColumnChoice column) throws ImportException;

    /** The importer of the app; a pipe ({@code /dev/stdin}) is read through a temporary copy. */
    IdSource IMPORTER = PipedIdFile::importFile;

    /**
     * Parses {@code --ids}: IDs separated by commas, semicolons, whitespace or new lines.
     *
     * @throws IllegalArgumentException naming the line and the text when a token is not a profile ID
     */
    static List<ProfileId> parse(String text, String source) {
        Pattern separators = Pattern.compile("[,;\\s]+");
        List<ProfileId> ids = new ArrayList<>();
        String[] lines = text.replace("\uFEFF", "").split("\\R", -1);
        for (int n = 0; n < lines.length; n++) {
            for (String token : separators.split(lines[n].strip())) {
                if (token.isEmpty()) {
                    continue;
                }
                try {
                    ids.add(ProfileId.of(Long.parseLong(token)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(source + (lines.length > 1 ? ", line " + (n + 1) : "") + ": \""
                            + token + "\" is not a profile ID (a whole number from 1 to " + ProfileId.MAX + ")");
                }
            }
        }
        return ids;
    }
}
