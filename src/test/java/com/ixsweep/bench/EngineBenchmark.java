package com.ixsweep.bench;

import com.ixsweep.api.ApiOutcome;
import com.ixsweep.api.ApiSettings;
import com.ixsweep.api.ConnectionCheck;
import com.ixsweep.api.FailureClass;
import com.ixsweep.api.IxBrowserClient;
import com.ixsweep.api.LocalApi;
import com.ixsweep.api.ProfileQuery;
import com.ixsweep.batch.CancelSignal;
import com.ixsweep.batch.ClearEngine;
import com.ixsweep.batch.ClearListener;
import com.ixsweep.batch.ClearRequest;
import com.ixsweep.batch.OpenProfilePolicy;
import com.ixsweep.batch.RunJournal;
import com.ixsweep.batch.RunSummary;
import com.ixsweep.model.ClearMode;
import com.ixsweep.model.Profile;
import com.ixsweep.model.ProfileId;
import com.ixsweep.model.RowState;
import com.ixsweep.model.RowStatus;
import com.ixsweep.simulator.LocalApiSimulator;
import com.ixsweep.simulator.SimulatorConfig;
import com.ixsweep.simulator.SimulatorConfig.UnknownIdMode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * Clearing-engine benchmark (not a test): the real {@link ClearEngine}, {@link IxBrowserClient} (default settings:
 * retries with backoff) and {@link RunJournal} against the in-process {@link LocalApiSimulator} with a latency model,
 * compared in the same JVM with what a plain script does with the same client. Targets (DESIGN.md): requests within
 * ceil(N/chunk) + 2·k·ceil(log2 chunk) + pre-check reads, wall time within 1.15x the simulator's work time, no 1010
 * or 1008 answers, engine heap under 100 MB for 100,000 IDs.
 *
 * <p>Sections (arguments; all when none): {@code engine} 10,000 IDs with 1% unknown IDs scattered, both unknown-ID
 * behaviours; {@code naive} all IDs in one call, and one call per ID; {@code heap} 100,000 IDs without latency (heap
 * and journal cost; run it again with {@code -Xmx64m} to see the working set fit). {@code -Dbench.runs=N} sets the
 * timed runs per figure (default 5), {@code -Dbench.naiveRuns=N} those of the plain script (default 3),
 * {@code -Dbench.rate=R} the simulator's 1010 knob (default 100 requests in any second). All of it takes about 13
 * minutes, half of it the one-call-per-ID script.
 *
 * <pre>
 * ./mvnw -B -o -q test-compile org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
 *     -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) com.ixsweep.bench.EngineBenchmark
 * </pre>
 */
public final class EngineBenchmark {

    private static final int IDS = 10_000;
    private static final int HEAP_IDS = 100_000;
    private static final int CHUNK = ClearRequest.DEFAULT_CHUNK;
    private static final Duration PER_REQUEST = Duration.ofMillis(5);
    private static final Duration PER_PROFILE = Duration.ofMillis(1);
    private static final int MAX_CONCURRENT = 3;
    private static final int RATE_LIMIT = Integer.getInteger("bench.rate", 100);
    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static final int NAIVE_RUNS = Integer.getInteger("bench.naiveRuns", 3);
    private static final long UNKNOWN_BASE = 5_000_000L;
    private static final ClearMode MODE = ClearMode.CACHE_AND_COOKIES;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private EngineBenchmark() {}

    public static void main(String[] args) throws IOException {
        Set<String> sections = args.length == 0 ? Set.of("engine", "naive", "heap") : Set.of(args);
        Path dir = Files.createTempDirectory("ixsweep-engine-bench");
        try {
            System.out.printf(
                    Locale.ROOT,
                    "Latency model: %d ms per request + %d ms per profile in a clear call; 1008 above %d requests"
                            + " in flight, 1010 above %d requests in any 1 s (rejected ones count); chunk %d;"
                            + " %d timed runs per figure (plain script %d), medians%n",
                    PER_REQUEST.toMillis(),
                    PER_PROFILE.toMillis(),
                    MAX_CONCURRENT,
                    RATE_LIMIT,
                    CHUNK,
                    RUNS,
                    NAIVE_RUNS);
            List<ProfileId> ids = idsWithUnknown(IDS, 11);
            Measure engineFailBatch = null;
            if (sections.contains("engine")) {
                engineFailBatch = engineSection(ids, UnknownIdMode.FAIL_BATCH, dir);
                engineSection(ids, UnknownIdMode.OMIT, dir);
            }
            if (sections.contains("naive")) {
                naiveSection(ids, engineFailBatch);
            }
            if (sections.contains("heap")) {
                heapSection(dir);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** {@code n} IDs: 1..(n - n/100) known, n/100 unknown ones ({@value #UNKNOWN_BASE}+) at random places. */
    private static List<ProfileId> idsWithUnknown(int n, long seed) {
        int unknown = n / 100;
        List<ProfileId> ids = new ArrayList<>(n);
        for (long v = 1; v <= n - unknown; v++) {
            ids.add(ProfileId.of(v));
        }
        Random random = new Random(seed);
        for (int i = 0; i < unknown; i++) {
            ids.add(random.nextInt(ids.size() + 1), ProfileId.of(UNKNOWN_BASE + i));
        }
        return ids;
    }

    private static SimulatorConfig config(int known, UnknownIdMode unknownIds, boolean latency) {
        SimulatorConfig c = SimulatorConfig.defaults()
                .withProfileCount(known)
                .withUnknownIds(unknownIds)
                .withPermissionDeniedAboveConcurrency(MAX_CONCURRENT)
                .withMaxRequestsPerSecond(RATE_LIMIT);
        return latency ? c.withLatency(PER_REQUEST, PER_PROFILE) : c;
    }

    private static IxBrowserClient client(LocalApiSimulator sim) {
        return new IxBrowserClient(ApiSettings.defaults().withBaseUrl(sim.baseUrl()));
    }

    // ---------------------------------------------------------------------------------------------------- engine

    private static Measure engineSection(List<ProfileId> ids, UnknownIdMode unknownIds, Path dir) throws IOException {
        int k = (int) ids.stream().filter(id -> id.value() >= UNKNOWN_BASE).count();
        int known = ids.size() - k;
        int bound = unknownIds == UnknownIdMode.FAIL_BATCH
                ? ceilDiv(ids.size(), CHUNK) + 2 * k * ceilLog2(CHUNK) + 1
                : ceilDiv(ids.size(), CHUNK) + k + 1;
        String boundText = unknownIds == UnknownIdMode.FAIL_BATCH
                ? String.format(
                        Locale.ROOT,
                        "ceil(%d/%d) + 2*%d*ceil(log2 %d) + 1 open-list read = %d",
                        ids.size(),
                        CHUNK,
                        k,
                        CHUNK,
                        bound)
                : String.format(
                        Locale.ROOT,
                        "ceil(%d/%d) + %d retries alone + 1 open-list read = %d",
                        ids.size(),
                        CHUNK,
                        k,
                        bound);
        System.out.printf(
                Locale.ROOT,
                "%nEngine, %,d IDs (%d unknown, scattered), unknown ID %s; request bound %s%n",
                ids.size(),
                k,
                unknownIds == UnknownIdMode.FAIL_BATCH ? "fails the whole call with 2007" : "is left out of data",
                boundText);
        List<Measure> runs = new ArrayList<>();
        try (LocalApiSimulator sim = new LocalApiSimulator(config(known, unknownIds, true));
                StartedClient c = new StartedClient(sim)) {
            // Warm-up (JIT, connections): a tenth of the list, not timed.
            engineRun(sim, c.client, ids.subList(0, ids.size() / 10), dir);
            for (int i = 0; i < RUNS; i++) {
                Measure m = engineRun(sim, c.client, ids, dir);
                runs.add(m);
                System.out.println("  run " + (i + 1) + ": " + m.line());
            }
        }
        Measure median = Measure.median("engine", runs);
        System.out.println("  median: " + median.line());
        System.out.printf(
                Locale.ROOT,
                "  requests %d <= bound %d: %s;  wall/work %.3f <= 1.15: %s;  1010+1008 answers %d: %s%n",
                median.engineRequests,
                bound,
                median.engineRequests <= bound ? "yes" : "NO",
                median.ratio(),
                median.ratio() <= 1.15 ? "yes" : "NO",
                median.rejected1010 + median.rejected1008,
                median.rejected1010 + median.rejected1008 == 0 ? "yes" : "NO");
        System.out.printf(
                Locale.ROOT,
                "  wall - work = %.2f s: the simulator's sleeps overran by %.2f s (machine), the rest is %.2f ms per"
                        + " request (HTTP, client, engine, journal)%n",
                (median.wallNanos - median.workNanos) / 1e9,
                (median.sleptNanos - median.workNanos) / 1e9,
                (median.wallNanos - median.sleptNanos) / 1e6 / median.httpRequests);
        return median;
    }

    private static Measure engineRun(LocalApiSimulator sim, LocalApi api, List<ProfileId> ids, Path dir)
            throws IOException {
        ClearRequest request = new ClearRequest(ids, MODE, CHUNK, OpenProfilePolicy.SKIP, false);
        RateWatch watched = new RateWatch(api);
        sim.resetStats();
        long start = System.nanoTime();
        JournaledRun run = journaledRun(watched, request, dir, start);
        long wall = System.nanoTime() - start;
        check(run.summary(), sim, RunJournal.read(run.file()));
        Files.delete(run.file());
        return Measure.of(run.summary(), sim, wall, run.journalTime(), watched.peakPerSecond());
    }

    /** The engine's promises, checked on every run: a benchmark of a wrong answer is worthless. */
    private static void check(RunSummary summary, LocalApiSimulator sim, RunJournal.Contents journal) {
        if (sim.maxClearCount() > 1) {
            throw new IllegalStateException("a profile was cleared twice");
        }
        if (sim.clearCounts().size() != summary.count(RowStatus.CLEARED)) {
            throw new IllegalStateException("cleared " + summary.count(RowStatus.CLEARED) + " but the simulator saw "
                    + sim.clearCounts().size());
        }
        if (!journal.finalCounts().equals(summary.counts())
                || !journal.endCounts().equals(summary.counts())
                || summary.finalStates().values().stream()
                        .anyMatch(s -> !s.status().isFinal())) {
            throw new IllegalStateException("summary and journal disagree: " + summary.counts() + " vs "
                    + journal.finalCounts() + " / " + journal.endCounts());
        }
    }

    // ----------------------------------------------------------------------------------------------------- naive

    private static void naiveSection(List<ProfileId> ids, Measure engine) throws IOException {
        int known = ids.size() - ids.size() / 100;
        System.out.printf(
                Locale.ROOT, "%nPlain script with the same client, same %,d IDs, same latency model%n", ids.size());
        List<Measure> oneCall = new ArrayList<>();
        List<Measure> oneCallOmit = new ArrayList<>();
        List<Measure> perId = new ArrayList<>();
        try (LocalApiSimulator sim = new LocalApiSimulator(config(known, UnknownIdMode.FAIL_BATCH, true));
                StartedClient c = new StartedClient(sim)) {
            for (int i = 0; i < NAIVE_RUNS; i++) {
                sim.update(cfg -> cfg.withUnknownIds(UnknownIdMode.FAIL_BATCH));
                oneCall.add(naive(sim, c.client, api -> api.clear(MODE, ids)));
                sim.update(cfg -> cfg.withUnknownIds(UnknownIdMode.OMIT));
                oneCallOmit.add(naive(sim, c.client, api -> api.clear(MODE, ids)));
                sim.update(cfg -> cfg.withUnknownIds(UnknownIdMode.FAIL_BATCH));
                perId.add(naive(sim, c.client, api -> {
                    for (ProfileId id : ids) {
                        api.clear(MODE, List.of(id));
                    }
                }));
                System.out.println("  run " + (i + 1) + " one call (2007 fails the call): "
                        + last(oneCall).line());
                System.out.println("  run " + (i + 1) + " one call (unknown left out):    "
                        + last(oneCallOmit).line());
                System.out.println("  run " + (i + 1) + " one call per ID:                "
                        + last(perId).line());
            }
        }
        Measure a = Measure.median("one call, 2007 fails it", oneCall);
        Measure b = Measure.median("one call, unknown left out", oneCallOmit);
        Measure p = Measure.median("one call per ID", perId);
        System.out.println("  median one call (2007 fails the call): " + a.line());
        System.out.println("  median one call (unknown left out):    " + b.line());
        System.out.println("  median one call per ID:                " + p.line());
        if (engine != null) {
            System.out.println("  engine (2007 fails the call) vs plain script, medians of this run:");
            for (Measure naive : List.of(a, b, p)) {
                System.out.printf(
                        Locale.ROOT,
                        "    vs %-27s cleared %,6d vs %,6d (%s)   requests %,6d vs %,6d (%s)   wall %7.2f s vs"
                                + " %7.2f s (%s)%n",
                        naive.label + ":",
                        engine.cleared,
                        naive.cleared,
                        times(engine.cleared, naive.cleared),
                        engine.httpRequests,
                        naive.httpRequests,
                        times(engine.httpRequests, naive.httpRequests),
                        engine.wallNanos / 1e9,
                        naive.wallNanos / 1e9,
                        times(engine.wallNanos, naive.wallNanos));
            }
        }
    }

    /** A plain script: the same client, no engine. */
    private static Measure naive(LocalApiSimulator sim, LocalApi client, Consumer<LocalApi> script) {
        RateWatch watched = new RateWatch(client);
        sim.resetStats();
        long start = System.nanoTime();
        script.accept(watched);
        long wall = System.nanoTime() - start;
        return new Measure(
                "naive",
                sim.clearCounts().size(),
                0,
                0,
                sim.totalRequests(),
                sim.totalRequests(),
                sim.answers(1010),
                sim.answers(1008),
                sim.maxConcurrency(),
                wall,
                sim.workTime().toNanos(),
                sim.sleptTime().toNanos(),
                0,
                0,
                watched.peakPerSecond());
    }

    // ------------------------------------------------------------------------------------------------------ heap

    private static void heapSection(Path dir) throws IOException {
        List<ProfileId> ids = idsWithUnknown(HEAP_IDS, 13);
        int known = ids.size() - ids.size() / 100;
        System.out.printf(
                Locale.ROOT,
                "%nHeap and journal, %,d IDs (1%% unknown, 2007 fails the call), no latency, no rate knob, max heap %d MB%n",
                ids.size(),
                Runtime.getRuntime().maxMemory() >> 20);
        List<HeapMeasure> full = new ArrayList<>();
        List<HeapMeasure> alone = new ArrayList<>();
        try (LocalApiSimulator sim = new LocalApiSimulator(config(known, UnknownIdMode.FAIL_BATCH, false))) {
            sim.update(c -> c.withMaxRequestsPerSecond(0));
            sim.start();
            try (IxBrowserClient client = client(sim)) {
                heapRun(client, ids.subList(0, ids.size() / 10), dir, sim);
                for (int i = 0; i < RUNS; i++) {
                    HeapMeasure m = heapRun(client, ids, dir, sim);
                    full.add(m);
                    System.out.println("  run " + (i + 1) + " engine + client + simulator: " + m.line());
                }
            }
        }
        InstantApi instant = new InstantApi(known);
        heapRun(instant, ids.subList(0, ids.size() / 10), dir, null);
        for (int i = 0; i < RUNS; i++) {
            HeapMeasure m = heapRun(instant, ids, dir, null);
            alone.add(m);
            System.out.println("  run " + (i + 1) + " engine alone (in-memory API): " + m.line());
        }
        System.out.println("  median engine + client + simulator: "
                + HeapMeasure.median(full).line());
        System.out.println("  median engine alone (in-memory API): "
                + HeapMeasure.median(alone).line());
    }

    private static HeapMeasure heapRun(LocalApi api, List<ProfileId> ids, Path dir, LocalApiSimulator sim)
            throws IOException {
        if (sim != null) {
            sim.resetStats();
        }
        ClearRequest request = new ClearRequest(ids, MODE, CHUNK, OpenProfilePolicy.SKIP, false);
        System.gc();
        long base = used();
        HeapWatcher watcher = new HeapWatcher(base);
        watcher.start();
        long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        JournaledRun run = journaledRun(api, request, dir, start);
        long wall = System.nanoTime() - start;
        RunSummary summary = run.summary();
        TimedListener journalTime = run.journalTime();
        Path file = run.file();
        run = null; // only the summary may keep the run's heap alive, and it is dropped below
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
        long peak = watcher.finish() - base;
        long journalBytes = Files.size(file);
        Files.delete(file);
        System.gc();
        long held = used();
        int cleared = summary.count(RowStatus.CLEARED);
        int total = summary.total();
        summary = null;
        System.gc();
        long retained = held - used();
        return new HeapMeasure(
                total, cleared, peak, retained, allocated, wall, journalTime.nanos, journalTime.lines, journalBytes);
    }

    private static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    // --------------------------------------------------------------------------------------------------- helpers

    /** "x0.24", "x3.01", "x1029"; "x -" when the script's figure is 0. */
    private static String times(double engine, double naive) {
        if (naive == 0) {
            return "x -";
        }
        double r = engine / naive;
        return String.format(Locale.ROOT, r >= 100 ? "x%.0f" : r >= 10 ? "x%.1f" : "x%.2f", r);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static int ceilLog2(int n) {
        return 32 - Integer.numberOfLeadingZeros(n - 1);
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private static double median(List<Measure> list, ToDoubleFunction<Measure> f) {
        double[] v = list.stream().mapToDouble(f).sorted().toArray();
        return v[v.length / 2];
    }

    /** Starts a simulator and a client with default settings on it. */
    private static final class StartedClient implements AutoCloseable {
        final IxBrowserClient client;

        StartedClient(LocalApiSimulator sim) throws IOException {
            sim.start();
            client = client(sim);
        }

        @Override
        public void close() {
            client.close();
        }
    }

    /** Forwards to the journal and adds up the time spent in it. */
    /** One engine run into a fresh journal; the journal's time includes opening and finishing it. */
    private record JournaledRun(RunSummary summary, TimedListener journalTime, Path file) {}

    private static JournaledRun journaledRun(LocalApi api, ClearRequest request, Path dir, long start)
            throws IOException {
        try (RunJournal journal = RunJournal.start(dir, request)) {
            TimedListener journalTime = new TimedListener(journal);
            journalTime.nanos += System.nanoTime() - start;
            RunSummary summary = new ClearEngine(api).run(request, journalTime, CancelSignal.NEVER);
            long t = System.nanoTime();
            journal.finish(summary);
            journalTime.nanos += System.nanoTime() - t;
            return new JournaledRun(summary, journalTime, journal.file());
        }
    }

    private static final class TimedListener implements ClearListener {
        private final RunJournal journal;
        long nanos;
        int lines;

        TimedListener(RunJournal journal) {
            this.journal = journal;
        }

        @Override
        public void stateChanged(ProfileId id, RowState state) {
            long t = System.nanoTime();
            journal.stateChanged(id, state);
            nanos += System.nanoTime() - t;
            lines++;
        }

        @Override
        public void notice(String message) {
            long t = System.nanoTime();
            journal.notice(message);
            nanos += System.nanoTime() - t;
            lines++;
        }
    }

    /** Samples used heap every millisecond on a daemon thread; {@link #finish()} returns the highest seen. */
    private static final class HeapWatcher extends Thread {
        private volatile boolean running = true;
        private long max;

        HeapWatcher(long base) {
            this.max = base;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                max = Math.max(max, used());
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long finish() {
            running = false;
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Math.max(max, used());
        }
    }

    /** Passes calls on and notes when each started, for the peak number of calls in any one second. */
    private static final class RateWatch implements LocalApi {
        private final LocalApi api;
        private long[] starts = new long[1024];
        private int count;

        RateWatch(LocalApi api) {
            this.api = api;
        }

        private synchronized void started() {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = System.nanoTime();
        }

        synchronized int peakPerSecond() {
            int peak = 0;
            for (int from = 0, to = 0; to < count; to++) {
                while (starts[to] - starts[from] >= 1_000_000_000L) {
                    from++;
                }
                peak = Math.max(peak, to - from + 1);
            }
            return peak;
        }

        @Override
        public String baseUrl() {
            return api.baseUrl();
        }

        @Override
        public ApiOutcome<List<ProfileId>> clear(ClearMode mode, List<ProfileId> ids) {
            started();
            return api.clear(mode, ids);
        }

        @Override
        public ApiOutcome<List<Profile>> listProfiles(ProfileQuery query, com.ixsweep.api.PageListener listener) {
            started();
            return api.listProfiles(query, listener);
        }

        @Override
        public ApiOutcome<Set<ProfileId>> openProfiles() {
            started();
            return api.openProfiles();
        }

        @Override
        public ApiOutcome<List<ProfileId>> closeProfiles(List<ProfileId> ids) {
            started();
            return api.closeProfiles(ids);
        }

        @Override
        public ConnectionCheck testConnection() {
            return api.testConnection();
        }
    }

    /** An instant in-memory API: IDs 1..known exist, any other fails the whole call with 2007; nothing is open. */
    private static final class InstantApi implements LocalApi {
        private final long known;

        InstantApi(long known) {
            this.known = known;
        }

        @Override
        public String baseUrl() {
            return "memory:";
        }

        @Override
        public ApiOutcome<List<ProfileId>> clear(ClearMode mode, List<ProfileId> ids) {
            for (ProfileId id : ids) {
                if (id.value() > known) {
                    return new ApiOutcome.ApiError<>(2007, "Profile does not exist", FailureClass.PER_PROFILE);
                }
            }
            return new ApiOutcome.Ok<>(ids);
        }

        @Override
        public ApiOutcome<List<Profile>> listProfiles(ProfileQuery query, com.ixsweep.api.PageListener listener) {
            return new ApiOutcome.Ok<>(List.of());
        }

        @Override
        public ApiOutcome<Set<ProfileId>> openProfiles() {
            return new ApiOutcome.Ok<>(new HashSet<>());
        }

        @Override
        public ApiOutcome<List<ProfileId>> closeProfiles(List<ProfileId> ids) {
            return new ApiOutcome.Ok<>(ids);
        }

        @Override
        public ConnectionCheck testConnection() {
            return new ConnectionCheck(ConnectionCheck.Status.CONNECTED, "memory");
        }
    }

    /** One run's figures. */
    private record Measure(
            String label,
            int cleared,
            int notFound,
            int notConfirmed,
            int engineRequests,
            int httpRequests,
            int rejected1010,
            int rejected1008,
            int maxInFlight,
            long wallNanos,
            long workNanos,
            long sleptNanos,
            long journalNanos,
            int journalLines,
            int peakPerSecond) {

        static Measure of(RunSummary s, LocalApiSimulator sim, long wall, TimedListener journal, int peakPerSecond) {
            return new Measure(
                    "engine",
                    s.count(RowStatus.CLEARED),
                    s.count(RowStatus.NOT_FOUND),
                    s.count(RowStatus.NOT_CONFIRMED),
                    s.requests(),
                    sim.totalRequests(),
                    sim.answers(1010),
                    sim.answers(1008),
                    sim.maxConcurrency(),
                    wall,
                    sim.workTime().toNanos(),
                    sim.sleptTime().toNanos(),
                    journal.nanos,
                    journal.lines,
                    peakPerSecond);
        }

        /** The median of each figure on its own (ratios: the median of the runs' ratios). */
        static Measure median(String label, List<Measure> runs) {
            Measure byRatio = runs.stream()
                    .sorted(Comparator.comparingDouble(Measure::ratio))
                    .toList()
                    .get(runs.size() / 2);
            return new Measure(
                    label,
                    (int) EngineBenchmark.median(runs, Measure::cleared),
                    (int) EngineBenchmark.median(runs, Measure::notFound),
                    (int) EngineBenchmark.median(runs, Measure::notConfirmed),
                    (int) EngineBenchmark.median(runs, Measure::engineRequests),
                    (int) EngineBenchmark.median(runs, Measure::httpRequests),
                    (int) EngineBenchmark.median(runs, Measure::rejected1010),
                    (int) EngineBenchmark.median(runs, Measure::rejected1008),
                    (int) EngineBenchmark.median(runs, Measure::maxInFlight),
                    byRatio.wallNanos,
                    byRatio.workNanos,
                    byRatio.sleptNanos,
                    (long) EngineBenchmark.median(runs, Measure::journalNanos),
                    (int) EngineBenchmark.median(runs, Measure::journalLines),
                    (int) EngineBenchmark.median(runs, Measure::peakPerSecond));
        }

        double ratio() {
            return workNanos == 0 ? 0 : wallNanos / (double) workNanos;
        }

        String line() {
            String journal = journalLines == 0
                    ? ""
                    : String.format(
                            Locale.ROOT,
                            "  journal %,d lines %.0f ms (%.1f us/line, %.2f%% of wall)",
                            journalLines,
                            journalNanos / 1e6,
                            journalNanos / 1e3 / journalLines,
                            100.0 * journalNanos / wallNanos);
            return String.format(
                    Locale.ROOT,
                    "cleared %,6d  not found %3d  not confirmed %3d  requests %,6d (http %,6d, peak %d in 1 s)"
                            + "  1010 %d  1008 %d  in flight max %d  wall %7.2f s  work %7.2f s (slept %7.2f s)"
                            + "  wall/work %.3f%s",
                    cleared,
                    notFound,
                    notConfirmed,
                    engineRequests,
                    httpRequests,
                    peakPerSecond,
                    rejected1010,
                    rejected1008,
                    maxInFlight,
                    wallNanos / 1e9,
                    workNanos / 1e9,
                    sleptNanos / 1e9,
                    ratio(),
                    journal);
        }
    }

    /** One heap run's figures. */
    private record HeapMeasure(
            int total,
            int cleared,
            long peakBytes,
            long retainedBytes,
            long allocatedBytes,
            long wallNanos,
            long journalNanos,
            int journalLines,
            long journalBytes) {

        static HeapMeasure median(List<HeapMeasure> runs) {
            return new HeapMeasure(
                    runs.get(0).total,
                    runs.get(0).cleared,
                    med(runs.stream().mapToLong(HeapMeasure::peakBytes).toArray()),
                    med(runs.stream().mapToLong(HeapMeasure::retainedBytes).toArray()),
                    med(runs.stream().mapToLong(HeapMeasure::allocatedBytes).toArray()),
                    med(runs.stream().mapToLong(HeapMeasure::wallNanos).toArray()),
                    med(runs.stream().mapToLong(HeapMeasure::journalNanos).toArray()),
                    runs.get(0).journalLines,
                    runs.get(0).journalBytes);
        }

        private static long med(long[] values) {
            long[] v = values.clone();
            Arrays.sort(v);
            return v[v.length / 2];
        }

        String line() {
            return String.format(
                    Locale.ROOT,
                    "ids %,d cleared %,d  peak heap growth %5.1f MB (sampled 1 ms, garbage incl.)  retained by"
                            + " the result %5.1f MB  allocated by the run thread %5.1f MB  wall %6.2f s  journal %,d"
                            + " lines %.1f MB %.0f ms = %.1f us/line, %.1f%% of wall",
                    total,
                    cleared,
                    peakBytes / 1e6,
                    retainedBytes / 1e6,
                    allocatedBytes / 1e6,
                    wallNanos / 1e9,
                    journalLines,
                    journalBytes / 1e6,
                    journalNanos / 1e6,
                    journalNanos / 1e3 / journalLines,
                    100.0 * journalNanos / wallNanos);
        }
    }
}
