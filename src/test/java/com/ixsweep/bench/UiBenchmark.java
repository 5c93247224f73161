package com.ixsweep.bench;

import com.ixsweep.api.ApiSettings;
import com.ixsweep.api.ConnectionCheck;
import com.ixsweep.api.IxBrowserClient;
import com.ixsweep.api.LocalApi;
import com.ixsweep.batch.ClearEngine;
import com.ixsweep.batch.ClearRequest;
import com.ixsweep.batch.OpenProfilePolicy;
import com.ixsweep.batch.RunSummary;
import com.ixsweep.importer.IdImporter;
import com.ixsweep.model.ClearMode;
import com.ixsweep.model.RowStatus;
import com.ixsweep.simulator.LocalApiSimulator;
import com.ixsweep.simulator.SimulatorConfig;
import com.ixsweep.ui.MainWindow;
import com.ixsweep.ui.NodeIds;
import com.ixsweep.viewmodel.ApiConnector;
import com.ixsweep.viewmodel.HistoryViewModel;
import com.ixsweep.viewmodel.MainViewModel;
import com.ixsweep.viewmodel.Preferences;
import com.ixsweep.viewmodel.SettingsViewModel;
import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Operator-screen benchmark (not a test): the real main window (MainView, MainViewModel, engine) with the app's theme,
 * headless (Monocle, as the UI tests) or on a display, against the in-process simulator seeded with 100,000 profiles.
 * Prints, with medians over several repetitions: loading the profiles (total time, FX-thread stall), a clear run that
 * changes all 100,000 states (FX-thread heartbeat gaps, pending UI updates), and typing in the search field (time per
 * keystroke until the filtered list is updated and until the table is laid out). Target (the operator-screen issue):
 * no FX-thread stall above 50 ms during the run, at most one pending UI update at a time, under 100 ms per keystroke.
 *
 * <p>How the figures are taken:
 *
 * <ul>
 *   <li>Heartbeat: a timer thread posts {@code Platform.runLater} every 5 ms; on the FX thread each beat records the
 *       gap since the previous beat (a stall of X ms shows as a gap of about X ms), the FX thread's CPU time within
 *       that gap, and the stop-the-world GC pauses within it. Each gap above 50 ms is put down to one cause: the FX
 *       thread busy for more than 50 ms, a GC pause, or the FX thread waiting for a core (other processes on the
 *       machine). "Longest FX busy stretch" is the most FX CPU time between two beats.
 *   <li>Pending UI updates: the view-model's UI executor is {@code Platform::runLater} wrapped in a counter (+1 when a
 *       call is queued, -1 when it starts), so every UI call the view-model makes is counted, the coalescer's drains
 *       and anything else; "run in one pulse" counts how many of them ran between two layout pulses.
 *   <li>Keystroke: a KEY_TYPED event (Backspace after select-all to clear) fired at the search field on the FX
 *       thread; "filtered" is the time until the event returns (text, bound search property, filter, sorted list and
 *       table items all updated), "FX CPU" the FX thread's CPU time for it, "laid out" the time until the end of the
 *       next layout pulse (includes waiting for that pulse, up to one frame).
 * </ul>
 *
 * <p>The simulator answers with 1 ms latency per request; it turns Nagle off in its JDK HttpServer
 * ({@code sun.net.httpserver.nodelay}), without which every answer waits ~40 ms for the client's delayed ACK and a run
 * of 2,000 requests takes 90 s instead of 6 s. The figure printed in the first line says which was in force.
 *
 * <pre>
 * ./mvnw -B -o -q test-compile org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) com.ixsweep.bench.UiBenchmark
 * </pre>
 *
 * Add {@code -Dui.headless=false} to use the real glass toolkit on {@code $DISPLAY} (e.g. under {@code xvfb-run -a}).
 */
public final class UiBenchmark {

    private static final int PROFILES = 100_000;
    private static final Duration LATENCY = Duration.ofMillis(1);
    private static final int LOADS = Integer.getInteger("uibench.loads", 3);
    private static final int CLEAR_RUNS = Integer.getInteger("uibench.runs", 3);
    private static final int TYPING_ROUNDS = Integer.getInteger("uibench.rounds", 5);
    private static final long STALL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long TIMEOUT_SECONDS = 300;
    private static final ThreadMXBean FX_CPU = ManagementFactory.getThreadMXBean();

    private UiBenchmark() {}

    public static void main(String[] args) throws Exception {
        boolean headless = !"false".equals(System.getProperty("ui.headless"));
        if (headless) {
            // the surefire argLine of the UI tests
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("java.awt.headless", "true");
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);

        Path journals = Files.createTempDirectory("ixsweep-uibench");
        ExecutorService background = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bench-worker");
            t.setDaemon(true);
            return t;
        });
        Heartbeat heartbeat = new Heartbeat();
        try (LocalApiSimulator simulator = new LocalApiSimulator(
                SimulatorConfig.defaults().withProfileCount(PROFILES).withLatency(LATENCY, Duration.ZERO))) {
            simulator.start();
            System.out.printf(
                    Locale.ROOT,
                    "UI benchmark: %,d profiles, simulator latency %d ms per request (TCP_NODELAY %s), %s, Java %s,"
                            + " %d cores%n",
                    PROFILES,
                    LATENCY.toMillis(),
                    System.getProperty("sun.net.httpserver.nodelay"),
                    headless ? "headless (Monocle, prism sw)" : "glass " + System.getProperty("glass.platform", "gtk"),
                    System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors());

            Window window = null;
            List<Load> loads = new ArrayList<>();
            for (int i = 0; i < LOADS; i++) {
                if (window != null) {
                    window.close();
                }
                Window w = Window.open(simulator, background, journals);
                loads.add(load(w, heartbeat, i == 0 ? "load (cold JVM)" : "load", false, w.vm::startDemo));
                loads.add(load(
                        w,
                        heartbeat,
                        "reload (Load profiles)",
                        true,
                        () -> w.loadButton().fire()));
                window = w;
            }
            printLoadMedians(loads);

            typing(window);

            List<Run> runs = new ArrayList<>();
            for (int i = 0; i < CLEAR_RUNS; i++) {
                runs.add(clearRun(window, heartbeat, i + 1));
            }
            printRunMedians(runs);
            window.close();
        } finally {
            heartbeat.shutdown();
            background.shutdownNow();
            try (Stream<Path> files = Files.walk(journals)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            Platform.exit();
        }
    }

    // ---- load ----------------------------------------------------------------------------------------------------

    /**
     * One load: from the act until the next layout pulse after the rows were merged; the merge is the longest UI call
     * of the view-model in that time (the one that puts the loaded list into the rows).
     */
    private record Load(boolean reload, long totalNanos, long mergeNanos, Heartbeat.Stats heartbeat, int maxPending) {}

    private static Load load(Window w, Heartbeat heartbeat, String label, boolean reload, Runnable act)
            throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        onFx(() -> {
            w.vm.loadingProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean is) {
                    if (!is) {
                        obs.removeListener(this);
                        Platform.runLater(() -> w.afterNextLayout(done)); // after the UI call that merged the rows
                    }
                }
            });
            return null;
        });
        w.ui.reset();
        heartbeat.start();
        long t0 = System.nanoTime();
        onFx(() -> {
            act.run();
            return null;
        });
        long end = done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Thread.sleep(100);
        Heartbeat.Stats hb = heartbeat.stop();
        int rows = onFx(() -> w.vm.getRows().size());
        Load result = new Load(reload, end - t0, w.ui.longestCall, hb, w.ui.maxPending.get());
        System.out.printf(
                Locale.ROOT,
                "%-23s %,d rows  total %7.1f ms  merge on FX %6.1f ms  max pending UI calls %d%n    %s%n",
                label,
                rows,
                result.totalNanos() / 1e6,
                result.mergeNanos() / 1e6,
                result.maxPending(),
                hb);
        return result;
    }

    private static void printLoadMedians(List<Load> loads) {
        for (boolean reload : new boolean[] {false, true}) {
            List<Load> of = loads.stream().filter(l -> l.reload() == reload).toList();
            if (!reload && of.size() > 1) {
                of = of.subList(1, of.size()); // the cold first load is printed above, not in the median
            }
            System.out.printf(
                    Locale.ROOT,
                    "  median of %d %-7s  total %7.1f ms  merge on FX %6.1f ms  max gap %6.1f ms"
                            + "  longest FX busy %6.1f ms%n",
                    of.size(),
                    reload ? "reloads" : "loads",
                    medianOf(of, Load::totalNanos) / 1e6,
                    medianOf(of, Load::mergeNanos) / 1e6,
                    medianOf(of, l -> l.heartbeat().max()) / 1e6,
                    medianOf(of, l -> l.heartbeat().maxBusy()) / 1e6);
        }
    }

    // ---- clear run -----------------------------------------------------------------------------------------------

    /** One clear run: from the VM's clear intent until the next layout pulse after the run ended. */
    private record Run(
            long wallNanos,
            long startNanos,
            long startCpuNanos,
            long endNanos,
            long fxCpuNanos,
            Heartbeat.Stats heartbeat,
            long uiCalls,
            int maxPending,
            int maxPerPulse,
            long longestCallNanos) {}

    private static Run clearRun(Window w, Heartbeat heartbeat, int number) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        long[] ended = new long[2];
        onFx(() -> {
            w.vm.lastSummaryProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends RunSummary> obs, RunSummary old, RunSummary summary) {
                    if (summary != null) {
                        obs.removeListener(this);
                        ended[0] = System.nanoTime(); // the end of runEnded (a last refilter) runs right after this
                        Platform.runLater(() -> {
                            ended[1] = System.nanoTime();
                            w.afterNextLayout(done);
                        });
                    }
                }
            });
            return null;
        });
        System.gc();
        Thread.sleep(200);
        w.ui.reset();
        heartbeat.start();
        long t0 = System.nanoTime();
        long[] start = onFx(() -> {
            long cpu = FX_CPU.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            w.vm.clear(ClearMode.CACHE);
            return new long[] {System.nanoTime() - s, FX_CPU.getCurrentThreadCpuTime() - cpu, cpu};
        });
        long end = done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Thread.sleep(100);
        Heartbeat.Stats hb = heartbeat.stop();
        int cleared = onFx(() -> w.vm.getCounts().get(RowStatus.CLEARED));
        long fxCpu = onFx(() -> FX_CPU.getCurrentThreadCpuTime() - start[2]);
        Run run = new Run(
                end - t0,
                start[0],
                start[1],
                ended[1] - ended[0],
                fxCpu,
                hb,
                w.ui.queued.get(),
                w.ui.maxPending.get(),
                w.ui.maxPerPulse,
                w.ui.longestCall);
        System.out.printf(
                Locale.ROOT,
                "clear run %d: %,d cleared in %5.2f s  start on FX %6.1f ms (CPU %5.1f)  end on FX %5.1f ms"
                        + "  FX CPU in all %5.2f s%n    UI calls %,d  max pending %d  max run in one pulse %d"
                        + "  longest UI call %5.1f ms%n    %s%n",
                number,
                cleared,
                run.wallNanos() / 1e9,
                run.startNanos() / 1e6,
                run.startCpuNanos() / 1e6,
                run.endNanos() / 1e6,
                run.fxCpuNanos() / 1e9,
                run.uiCalls(),
                run.maxPending(),
                run.maxPerPulse(),
                run.longestCallNanos() / 1e6,
                hb);
        return run;
    }

    private static void printRunMedians(List<Run> runs) {
        System.out.printf(
                Locale.ROOT,
                "  median of %d runs: wall %5.2f s  FX CPU %5.2f s  start on FX %6.1f ms (CPU %5.1f)  max gap %6.1f ms"
                        + "  p99 gap %5.1f ms  gaps>50ms %d  longest FX busy %6.1f ms  max pending %d%n"
                        + "  worst of %d runs: max gap %6.1f ms  gaps>50ms %d (FX busy %d)  longest FX busy %6.1f ms"
                        + "  max pending %d%n",
                runs.size(),
                medianOf(runs, Run::wallNanos) / 1e9,
                medianOf(runs, Run::fxCpuNanos) / 1e9,
                medianOf(runs, Run::startNanos) / 1e6,
                medianOf(runs, Run::startCpuNanos) / 1e6,
                medianOf(runs, r -> r.heartbeat().max()) / 1e6,
                medianOf(runs, r -> r.heartbeat().p99()) / 1e6,
                medianOf(runs, r -> r.heartbeat().over50()),
                medianOf(runs, r -> r.heartbeat().maxBusy()) / 1e6,
                medianOf(runs, Run::maxPending),
                runs.size(),
                maxOf(runs, r -> r.heartbeat().max()) / 1e6,
                maxOf(runs, r -> r.heartbeat().over50()),
                maxOf(runs, r -> r.heartbeat().over50Busy()),
                maxOf(runs, r -> r.heartbeat().maxBusy()) / 1e6,
                maxOf(runs, Run::maxPending));
    }

    // ---- typing --------------------------------------------------------------------------------------------------

    /** One keystroke: what the field holds after it, and how to press it. */
    private record Key(String after, Runnable press) {}

    private static void typing(Window w) throws Exception {
        List<Key> keys = new ArrayList<>();
        typed(keys, w, "", "Shop 0");
        keys.add(new Key("(cleared)", () -> w.clearField()));
        typed(keys, w, "", "1200-1300");
        keys.add(new Key("(cleared)", () -> w.clearField()));

        Map<String, List<long[]>> byStep = new LinkedHashMap<>();
        for (int round = 0; round <= TYPING_ROUNDS; round++) {
            for (int i = 0; i < keys.size(); i++) {
                long[] m = keystroke(w, keys.get(i));
                if (round > 0) { // round 0 warms up
                    byStep.computeIfAbsent(i + " " + keys.get(i).after(), k -> new ArrayList<>())
                            .add(m);
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "typing in the search field over %,d rows, %d rounds after one warm-up (ms: median / max)%n",
                PROFILES,
                TYPING_ROUNDS);
        System.out.printf(
                Locale.ROOT, "  %-14s %8s %17s %17s %17s%n", "field", "shown", "filtered", "FX CPU", "laid out");
        List<long[]> all = new ArrayList<>();
        for (Map.Entry<String, List<long[]>> e : byStep.entrySet()) {
            List<long[]> ms = e.getValue();
            all.addAll(ms);
            System.out.printf(
                    Locale.ROOT,
                    "  %-14s %,8d %7.1f / %7.1f %7.1f / %7.1f %7.1f / %7.1f%n",
                    "\"" + e.getKey().substring(e.getKey().indexOf(' ') + 1) + "\"",
                    ms.get(0)[2],
                    medianOf(ms, m -> m[0]) / 1e6,
                    maxOf(ms, m -> m[0]) / 1e6,
                    medianOf(ms, m -> m[3]) / 1e6,
                    maxOf(ms, m -> m[3]) / 1e6,
                    medianOf(ms, m -> m[1]) / 1e6,
                    maxOf(ms, m -> m[1]) / 1e6);
        }
        System.out.printf(
                Locale.ROOT,
                "  all %d keystrokes  filtered median %.1f ms, max %.1f ms;  FX CPU median %.1f ms, max %.1f ms;"
                        + "  laid out median %.1f ms, max %.1f ms%n",
                all.size(),
                medianOf(all, m -> m[0]) / 1e6,
                maxOf(all, m -> m[0]) / 1e6,
                medianOf(all, m -> m[3]) / 1e6,
                maxOf(all, m -> m[3]) / 1e6,
                medianOf(all, m -> m[1]) / 1e6,
                maxOf(all, m -> m[1]) / 1e6);
    }

    private static void typed(List<Key> keys, Window w, String before, String text) {
        for (int i = 0; i < text.length(); i++) {
            String ch = text.substring(i, i + 1);
            keys.add(new Key(before + text.substring(0, i + 1), () -> w.type(ch)));
        }
    }

    /** @return {ns until filtered, ns until laid out, rows shown, FX CPU ns until filtered} */
    private static long[] keystroke(Window w, Key key) throws Exception {
        CompletableFuture<Long> laidOut = new CompletableFuture<>();
        long[] t = new long[4];
        onFx(() -> {
            long cpu = FX_CPU.getCurrentThreadCpuTime();
            t[0] = System.nanoTime();
            key.press().run();
            t[1] = System.nanoTime();
            t[3] = FX_CPU.getCurrentThreadCpuTime() - cpu;
            t[2] = w.vm.getShownRows().size();
            String now = w.search().getText();
            if (!key.after().equals("(cleared)") && !key.after().equals(now)) {
                throw new IllegalStateException("the field shows \"" + now + "\", expected \"" + key.after() + "\"");
            }
            w.afterNextLayout(laidOut);
            return null;
        });
        long end = laidOut.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Thread.sleep(40); // a fast typist: a keystroke every 50-100 ms
        return new long[] {t[1] - t[0], end - t[0], t[2], t[3]};
    }

    // ---- the window ----------------------------------------------------------------------------------------------

    /** The real main window, wired like App and the UI tests' fixture (MainWindow: theme, app.css) with a counting UI executor. */
    private static final class Window {
        final MainViewModel vm;
        final Stage stage;
        final Scene scene;
        final CountingUiExecutor ui;
        final List<AutoCloseable> clients = new ArrayList<>();

        private Window(MainViewModel vm, Stage stage, Scene scene, CountingUiExecutor ui) {
            this.vm = vm;
            this.stage = stage;
            this.scene = scene;
            this.ui = ui;
        }

        static Window open(LocalApiSimulator simulator, Executor background, Path journals) throws Exception {
            List<AutoCloseable> clients = new ArrayList<>();
            ApiConnector connector = new ApiConnector() {
                @Override
                public LocalApi connect(String baseUrl) {
                    IxBrowserClient client = new IxBrowserClient(ApiSettings.defaults()
                            .withBaseUrl(baseUrl)
                            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(30)));
                    clients.add(client);
                    return client;
                }

                @Override
                public LocalApi startDemo() {
                    return connect(simulator.baseUrl());
                }
            };
            CountingUiExecutor ui = new CountingUiExecutor();
            Window w = onFx(() -> {
                MainViewModel vm = new MainViewModel(
                        connector,
                        ClearEngine::new,
                        new IdImporter(),
                        background,
                        ui,
                        System::currentTimeMillis,
                        journals);
                HistoryViewModel history = new HistoryViewModel(journals, vm, background, ui);
                SettingsViewModel settings = new SettingsViewModel(
                        new Preferences(
                                simulator.baseUrl(),
                                false,
                                1,
                                5,
                                ClearRequest.DEFAULT_CHUNK,
                                OpenProfilePolicy.SKIP,
                                Preferences.Theme.LIGHT,
                                "en"),
                        background,
                        ui,
                        p -> new ConnectionCheck(ConnectionCheck.Status.CONNECTED, "benchmark"));
                Stage stage = new Stage();
                new MainWindow(stage, vm, history, settings, () -> false).install(1200, 760); // the real default
                Scene scene = stage.getScene();
                scene.addPreLayoutPulseListener(ui::pulse);
                stage.show();
                return new Window(vm, stage, scene, ui);
            });
            w.clients.addAll(clients);
            Thread.sleep(300); // first pulses: CSS, layout, first render
            return w;
        }

        Button loadButton() {
            return (Button) scene.lookup("#" + NodeIds.LOAD);
        }

        TextField search() {
            return (TextField) scene.lookup("#" + NodeIds.SEARCH);
        }

        void type(String ch) {
            search().fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, ch, ch, KeyCode.UNDEFINED, false, false, false, false));
        }

        /** Select all, then Backspace: the operator's way to empty the field. Timed from the Backspace. */
        void clearField() {
            TextField field = search();
            field.selectAll();
            field.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.BACK_SPACE, false, false, false, false));
        }

        /** Completes {@code done} with the time at the end of the next layout pulse of this scene. FX thread. */
        void afterNextLayout(CompletableFuture<Long> done) {
            Runnable[] self = new Runnable[1];
            self[0] = () -> {
                scene.removePostLayoutPulseListener(self[0]);
                done.complete(System.nanoTime());
            };
            scene.addPostLayoutPulseListener(self[0]);
            Platform.requestNextPulse();
        }

        void close() throws Exception {
            onFx(() -> {
                stage.close();
                return null;
            });
            for (AutoCloseable c : clients) {
                c.close();
            }
            System.gc();
        }
    }

    /** {@code Platform::runLater} that counts the calls waiting in the queue (queued, not yet started). */
    private static final class CountingUiExecutor implements Executor {
        final AtomicInteger pending = new AtomicInteger();
        final AtomicInteger maxPending = new AtomicInteger();
        final AtomicLong queued = new AtomicLong();
        private int ranSincePulse; // FX thread
        volatile int maxPerPulse;
        /** The longest single UI call of the view-model (FX thread), e.g. merging a loaded profile list. */
        volatile long longestCall;

        @Override
        public void execute(Runnable r) {
            int now = pending.incrementAndGet();
            maxPending.accumulateAndGet(now, Math::max);
            queued.incrementAndGet();
            Platform.runLater(() -> {
                pending.decrementAndGet();
                ranSincePulse++;
                long t0 = System.nanoTime();
                r.run();
                longestCall = Math.max(longestCall, System.nanoTime() - t0);
            });
        }

        void pulse() {
            maxPerPulse = Math.max(maxPerPulse, ranSincePulse);
            ranSincePulse = 0;
        }

        void reset() throws Exception {
            onFx(() -> {
                maxPending.set(pending.get());
                queued.set(0);
                ranSincePulse = 0;
                maxPerPulse = 0;
                longestCall = 0;
                return null;
            });
        }
    }

    /**
     * Stop-the-world GC pauses (young and full collections, from the collectors' notifications), so that a heartbeat
     * gap can be told apart: the FX thread's own work, or the whole JVM stopped.
     */
    private static final class GcPauses {
        private final long nanosAtJvmStart;
        private final List<long[]> pauses = new ArrayList<>(); // {start, end} in System.nanoTime()

        GcPauses() {
            nanosAtJvmStart = System.nanoTime()
                    - TimeUnit.MILLISECONDS.toNanos(
                            ManagementFactory.getRuntimeMXBean().getUptime());
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc)
                        .addNotificationListener(
                                (notification, handback) -> {
                                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                            notification.getType())) {
                                        GcInfo info = GarbageCollectionNotificationInfo.from(
                                                        (CompositeData) notification.getUserData())
                                                .getGcInfo();
                                        long start =
                                                nanosAtJvmStart + TimeUnit.MILLISECONDS.toNanos(info.getStartTime());
                                        long end =
                                                start + TimeUnit.MILLISECONDS.toNanos(Math.max(1, info.getDuration()));
                                        synchronized (pauses) {
                                            pauses.add(new long[] {start, end});
                                        }
                                    }
                                },
                                null,
                                null);
            }
        }

        /** How much of [from, to] the JVM spent in GC pauses (millisecond resolution). */
        long within(long from, long to) {
            long sum = 0;
            synchronized (pauses) {
                for (long[] p : pauses) {
                    sum += Math.max(0, Math.min(to, p[1]) - Math.max(from, p[0]));
                }
            }
            return sum;
        }
    }

    /**
     * FX-thread heartbeat: a beat posted every 5 ms records the gap since the previous beat, the FX thread's CPU time
     * within it and the GC pauses within it. A gap above 50 ms is then put down to one cause: the FX thread busy for
     * more than 50 ms (our code or JavaFX's), a GC pause, or else the FX thread ready but not given a core (other
     * processes on the shared 2-core machine).
     */
    private static final class Heartbeat {
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fx-heartbeat");
            t.setDaemon(true);
            t.setPriority(Thread.MAX_PRIORITY);
            return t;
        });
        private final GcPauses gc = new GcPauses();
        private volatile boolean on;
        // FX thread only
        private long[] gaps = new long[1 << 16];
        private long[] ends = new long[1 << 16];
        private long[] cpu = new long[1 << 16];
        private int n;
        private long last;
        private long lastCpu;

        Heartbeat() {
            timer.scheduleAtFixedRate(
                    () -> {
                        if (on) {
                            Platform.runLater(this::beat);
                        }
                    },
                    5,
                    5,
                    TimeUnit.MILLISECONDS);
        }

        private void beat() {
            if (!on) {
                return;
            }
            long now = System.nanoTime();
            long nowCpu = FX_CPU.getCurrentThreadCpuTime();
            if (n == gaps.length) {
                gaps = Arrays.copyOf(gaps, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
                cpu = Arrays.copyOf(cpu, n * 2);
            }
            ends[n] = now;
            cpu[n] = nowCpu - lastCpu;
            gaps[n++] = now - last;
            last = now;
            lastCpu = nowCpu;
        }

        void start() throws Exception {
            onFx(() -> {
                n = 0;
                last = System.nanoTime();
                lastCpu = FX_CPU.getCurrentThreadCpuTime();
                on = true;
                return null;
            });
        }

        Stats stop() throws Exception {
            return onFx(() -> {
                beat();
                on = false;
                long[] sorted = Arrays.copyOf(gaps, n);
                Arrays.sort(sorted);
                long over = 0;
                long busy = 0;
                long inGc = 0;
                long maxCpu = 0;
                for (int i = 0; i < n; i++) {
                    maxCpu = Math.max(maxCpu, cpu[i]);
                    if (gaps[i] > STALL_NANOS) {
                        over++;
                        if (cpu[i] > STALL_NANOS) {
                            busy++;
                        } else if (gaps[i] - gc.within(ends[i] - gaps[i], ends[i]) <= STALL_NANOS) {
                            inGc++;
                        }
                    }
                }
                int p99 = (int) Math.min(n - 1, Math.ceil(n * 0.99) - 1);
                return new Stats(n, sorted[n - 1], sorted[p99], over, busy, inGc, maxCpu);
            });
        }

        void shutdown() {
            timer.shutdownNow();
        }

        /**
         * @param over50Busy gaps above 50 ms in which the FX thread ran for more than 50 ms
         * @param over50Gc other gaps above 50 ms that are 50 ms or less once the GC pauses inside are taken out
         * @param maxBusy the most CPU time the FX thread used between two beats: its longest busy stretch
         */
        record Stats(long count, long max, long p99, long over50, long over50Busy, long over50Gc, long maxBusy) {
            long over50Waiting() {
                return over50 - over50Busy - over50Gc;
            }

            @Override
            public String toString() {
                return String.format(
                        Locale.ROOT,
                        "heartbeat %,d beats: max gap %6.1f ms, p99 %5.1f ms, gaps>50ms %d (FX busy %d, GC %d,"
                                + " waiting for a core %d), longest FX busy stretch %6.1f ms",
                        count,
                        max / 1e6,
                        p99 / 1e6,
                        over50,
                        over50Busy,
                        over50Gc,
                        over50Waiting(),
                        maxBusy / 1e6);
            }
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static <T> long medianOf(List<T> rows, ToLongFunction<T> value) {
        long[] v = rows.stream().mapToLong(value).sorted().toArray();
        if (v.length == 0) {
            return 0;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static <T> long maxOf(List<T> rows, ToLongFunction<T> value) {
        return rows.stream().mapToLong(value).max().orElse(0);
    }
}
