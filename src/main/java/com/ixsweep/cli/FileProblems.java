package com.ixsweep.cli;

import com.ixsweep.importer.ImportException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Says what went wrong with a file once: "shops.csv: no such file", not the path twice (the message of a
 * {@link FileSystemException} is the path itself). Stateless; any thread.
 */
final class FileProblems {

    private FileProblems() {}

    /** The reason alone, without the path: "no such file", "permission denied". */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof FileSystemException) {
            return "cannot be read or written";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** "FILE: reason" for a file-system failure; else the importer's own message, which names the file. */
    static String describe(Path file, ImportException e) {
        if (e.getCause() instanceof FileSystemException f) {
            return file + ": " + reason(f);
        }
        return e.getMessage();
    }

    /** Whether the importer refused the file for what it holds (not because it could not open it). */
    static boolean refusedForContent(ImportException e) {
        return !(e.getCause() instanceof FileSystemException);
    }
}
