package com.ixsweep.importer;

/** The whole input was refused (empty, binary, another vendor's IDs, too large...); the message says why and where. */
public final class ImportException extends Exception {

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
