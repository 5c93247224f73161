package com.ixsweep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks, before a command does anything, that a file it will write at the end can be written: its folder exists
 * and is writable, and the file itself is not a folder or read-only. Stateless; any thread.
 */
final class OutputFile {

    private OutputFile() {}

    /** Why {@code file} cannot be written, or empty when it can (as far as can be told without writing it). */
    static Optional<String> problem(Path file) {
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return Optional.of(file + " is a folder");
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            return Optional.of(file + " exists and is read-only");
        }
        Path folder = absolute.getParent();
        if (folder == null) {
            return Optional.empty();
        }
        if (!Files.exists(folder)) {
            return Optional.of("the folder " + folder + " does not exist");
        }
        if (!Files.isDirectory(folder)) {
            return Optional.of(folder + " is a file, not a folder");
        }
        if (!Files.isWritable(folder)) {
            return Optional.of("the folder " + folder + " is not writable");
        }
        return Optional.empty();
    }
}
