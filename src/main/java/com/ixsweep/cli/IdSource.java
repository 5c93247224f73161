package com.ixsweep.cli;

import com.ixsweep.model.ProfileId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where {@code clear --ids-file} gets its IDs. For now a plain-text reader ({@link #PLAIN_TEXT}); it is a seam so the
 * command can switch to {@code com.ixsweep.importer.IdImporter} (CSV/TSV/XLSX) once that lands, without changing
 * anything else. Called on the command's thread.
 */
@FunctionalInterface
public interface IdSource {

    /** The IDs in the file, in file order (duplicates kept: the engine drops them). */
    List<ProfileId> read(Path file) throws IOException;

    /** UTF-8 text (a BOM is ignored) of IDs separated by commas, semicolons, whitespace or new lines. */
    IdSource PLAIN_TEXT = file -> parse(
            Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());

    /**
     * Parses IDs separated by commas, semicolons, whitespace or new lines.
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
                    throw new IllegalArgumentException(source + ", line " + (n + 1) + ": \"" + token
                            + "\" is not a profile ID (a whole number" + " from 1 to " + ProfileId.MAX + ")");
                }
            }
        }
        return ids;
    }
}
