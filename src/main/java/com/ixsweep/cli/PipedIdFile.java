package com.ixsweep.cli;

import com.ixsweep.importer.ColumnChoice;
import com.ixsweep.importer.IdImporter;
import com.ixsweep.importer.ImportException;
import com.ixsweep.importer.ImportResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets the importer read an ID file that is a pipe ({@code --ids-file /dev/stdin}, {@code <(...)} in a shell): the
 * importer sizes a file and reads it more than once, which a pipe allows neither of, so a pipe is read once into a
 * temporary copy of the same name. Regular files go to the importer as they are. Called on the command's thread.
 */
final class PipedIdFile {

    private static final Logger LOG = LoggerFactory.getLogger(PipedIdFile.class);

    private PipedIdFile() {}

    static ImportResult importFile(Path file, ColumnChoice column) throws ImportException {
        IdImporter importer = new IdImporter();
        if (!Files.exists(file) || Files.isRegularFile(file) || Files.isDirectory(file)) {
            return importer.importFile(file, column);
        }
        Path folder = null;
        Path copy = null;
        try {
            folder = Files.createTempDirectory("ix-sweep-ids");
            copy = folder.resolve(
                    file.getFileName() == null ? "ids" : file.getFileName().toString());
            try (InputStream in = Files.newInputStream(file);
                    OutputStream out = Files.newOutputStream(copy)) {
                // one byte past the importer's limit, so that it can say the input is too large
                copy(in, out, IdImporter.MAX_FILE_BYTES + 1);
            }
            return importer.importFile(copy, column);
        } catch (IOException e) {
            throw new ImportException(file + " cannot be read: " + FileProblems.reason(e), e);
        } finally {
            delete(copy);
            delete(folder);
        }
    }

    private static void copy(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = limit;
        int n;
        while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    private static void delete(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.debug("Could not delete the temporary copy {}", path, e);
        }
    }
}
