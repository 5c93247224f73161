package com.ixsweep.importer;

import java.nio.file.Path;

/** TEMPORARY placeholder, replaced by the importer branch. */
public final class IdImporter {
    public ImportResult importFile(Path file) throws ImportException {
        throw new ImportException("not built yet: " + file);
    }

    public ImportResult importText(String text, String sourceName) throws ImportException {
        throw new ImportException("not built yet: " + sourceName);
    }
}
