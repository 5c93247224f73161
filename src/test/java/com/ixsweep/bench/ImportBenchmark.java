package com.ixsweep.bench;

import com.ixsweep.importer.IdImporter;
import com.ixsweep.importer.ImportException;
import com.ixsweep.importer.ImportResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Import benchmark (not a test): writes 100,000- and 1,000,000-row CSVs to a temp folder, imports each several times
 * and prints the median time and the heap held by the result. Targets (DESIGN.md): 100k under 0.2 s, 1M under 1.5 s,
 * heap growth under 150 MB for 1M IDs.
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) com.ixsweep.bench.ImportBenchmark
 * </pre>
 */
public final class ImportBenchmark {

    private static final int WARMUP = 3;
    private static final int RUNS = 9;

    private ImportBenchmark() {}

    public static void main(String[] args) throws IOException, ImportException {
        Path dir = Files.createTempDirectory("ixsweep-bench");
        try {
            IdImporter importer = new IdImporter();
            for (int rows : new int[] {100_000, 1_000_000}) {
                Path file = write(dir, rows);
                run(importer, file, rows);
                Files.delete(file);
            }
        } finally {
            Files.deleteIfExists(dir);
        }
    }

    /** profile_id,name,group with quoted names, CRLF, 1% duplicates, 0.1% junk: an Excel-like export. */
    private static Path write(Path dir, int rows) throws IOException {
        Path file = dir.resolve("ids-" + rows + ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("\uFEFFprofile_id,name,group\r\n");
            for (int i = 0; i < rows; i++) {
                long id = i % 100 == 99 ? 1_000_000L + i - 7 : 1_000_000L + i;
                String cell = i % 1000 == 500 ? "n/a" : Long.toString(id);
                w.write(cell + ",\"shop " + i + ", EU\",Default\r\n");
            }
        }
        return file;
    }

    private static void run(IdImporter importer, Path file, int rows) throws IOException, ImportException {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        long cold = System.nanoTime();
        importer.importFile(file);
        cold = System.nanoTime() - cold;
        for (int i = 1; i < WARMUP; i++) {
            importer.importFile(file);
        }
        long[] nanos = new long[RUNS];
        long heapGrowth = 0;
        ImportResult last = null;
        for (int i = 0; i < RUNS; i++) {
            last = null;
            System.gc();
            long before = mem.getHeapMemoryUsage().getUsed();
            long t0 = System.nanoTime();
            last = importer.importFile(file);
            nanos[i] = System.nanoTime() - t0;
            System.gc();
            heapGrowth = Math.max(heapGrowth, mem.getHeapMemoryUsage().getUsed() - before);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%,9d rows  %5.1f MB  first %6.1f ms  median %6.1f ms  min %6.1f ms  max %6.1f ms  ids %,d  dups %,d  rejected %,d"
                        + "  heap held by result %5.1f MB%n",
                rows,
                Files.size(file) / 1e6,
                cold / 1e6,
                sorted[RUNS / 2] / 1e6,
                sorted[0] / 1e6,
                sorted[RUNS - 1] / 1e6,
                last.ids().size(),
                last.duplicates(),
                last.rejected().size(),
                heapGrowth / 1e6);
        peak(importer, file);
    }

    /** Peak heap during one import: sampled with a background thread watching used heap. */
    private static void peak(IdImporter importer, Path file) throws ImportException {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        System.gc();
        long base = mem.getHeapMemoryUsage().getUsed();
        long[] max = {base};
        Thread watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                max[0] = Math.max(max[0], mem.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.setDaemon(true);
        watcher.start();
        importer.importFile(file);
        watcher.interrupt();
        System.out.printf(
                Locale.ROOT,
                "          peak heap growth during import (incl. garbage) %5.1f MB%n",
                (max[0] - base) / 1e6);
    }
}
