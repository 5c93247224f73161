package com.ixsweep.cli;

import com.ixsweep.simulator.LocalApiSimulator;
import com.ixsweep.simulator.SimulatorConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code simulate}: runs the Local API simulator until Ctrl+C or until standard input closes. Blocks the calling
 * thread; call it from {@code main}.
 */
public final class SimulateCommand {

    static final String USAGE = String.join(
            System.lineSeparator(),
            "usage: simulate [--port P] [--profiles N] [--latency-ms X] [--per-profile-ms Y]",
            "                [--unknown-id fail-batch|omit] [--open N] [--open-by-hand N]",
            "                [--open-profile refuse|fake-success] [--open-code 111003|1014]",
            "                [--rate-limit R] [--max-concurrent C] [--error-every N]",
            "                [--fault none|hang|http-500|non-json|close-mid-response]",
            "                [--logged-out] [--no-permission] [--too-old unknown-action|http-404|code-1005]",
            "  Serves an ixBrowser-compatible Local API on 127.0.0.1 until Ctrl+C or until standard input is closed.",
            "  --port P            port to listen on (default 53200; 0 = any free port)",
            "  --profiles N        profiles with IDs 1..N (default 100)",
            "  --latency-ms X      added to every request (default 0)",
            "  --per-profile-ms Y  added per profile of a clear call (default 0)",
            "  --unknown-id MODE   a clear call with an unknown ID: fail-batch (the whole call fails with 2007,",
            "                      default) or omit (the known IDs are cleared, the unknown left out)",
            "  --open N            the first N profiles start open, closable through the API (default 0)",
            "  --open-by-hand N    the next N profiles start open by hand: closing them answers 1009 (default 0)",
            "  --open-profile MODE a clear call with an open profile: refuse (the call fails, default) or",
            "                      fake-success (answers success, clears nothing for it)",
            "  --open-code CODE    the code of a refused open profile: 111003 (default) or 1014",
            "  --rate-limit R      above R requests in the last second answer 1010 (default 0 = off)",
            "  --max-concurrent C  above C requests in flight answer 1008 (default 3; 0 = off)",
            "  --error-every N     every Nth request answers 1004, system busy (default 0 = off)",
            "  --fault FAULT       every request: none (default), hang (never answers), http-500, non-json (an",
            "                      HTML page), close-mid-response (half the body, then the connection drops)",
            "  --logged-out        every action answers 1002, not logged in",
            "  --no-permission     every action answers 1008, no permission",
            "  --too-old SHAPE     the clear actions answer as an ixBrowser older than 2.3.17: unknown-action",
            "                      (code 1001), http-404 or code-1005; no (default) answers as a current one",
            "  --help              show this help",
            "  exit code: 0 ran and stopped; 2 usage error, or the port cannot be listened on");

    static final Set<String> VALUED = Set.of(
            "--port",
            "--profiles",
            "--latency-ms",
            "--per-profile-ms",
            "--unknown-id",
            "--open",
            "--open-by-hand",
            "--open-profile",
            "--open-code",
            "--rate-limit",
            "--max-concurrent",
            "--error-every",
            "--fault",
            "--too-old");
    static final Set<String> FLAGS = Set.of("--logged-out", "--no-permission", "--help");

    private SimulateCommand() {}

    /**
     * Runs until Ctrl+C or end of standard input; returns the exit code ({@link ExitCode}): 0 ran and stopped, 2 bad
     * arguments or the port cannot be listened on.
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.in);
    }

    /** As {@link #run(List, PrintStream, PrintStream)}, stopping when {@code stdin} reaches its end. */
    public static int run(List<String> args, PrintStream out, PrintStream err, InputStream stdin) {
        Args parsed;
        SimulatorConfig config;
        int port;
        try {
            parsed = Args.parse(args, "simulate", VALUED, FLAGS);
            if (parsed.flag("--help")) {
                out.println(USAGE);
                return ExitCode.ALL_DONE;
            }
            port = parsed.integer("--port", 53200, 0, 65535);
            config = config(parsed);
        } catch (IllegalArgumentException e) {
            err.println("simulate: " + e.getMessage());
            err.println(USAGE);
            return ExitCode.USAGE_OR_OPERATOR;
        }
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(stop::countDown, "simulate-shutdown");
        try (LocalApiSimulator sim = new LocalApiSimulator(config)) {
            try {
                sim.start(port);
            } catch (IOException e) {
                err.println("simulate: cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                        + "); is ixBrowser or another simulator using it? Try --port 0.");
                return ExitCode.USAGE_OR_OPERATOR;
            }
            Runtime.getRuntime().addShutdownHook(hook);
            watchStdin(stdin, stop);
            out.println("Simulated ixBrowser Local API at " + sim.baseUrl() + " with "
                    + Words.count(config.profileCount(), "profile") + " ("
                    + sim.openIds().size()
                    + " open). Press Ctrl+C or close input to stop.");
            out.flush();
            stop.await();
            out.println("Stopped after " + Words.count(sim.totalRequests(), "request") + ".");
            return ExitCode.ALL_DONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.ALL_DONE;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException | IllegalArgumentException e) {
                // shutting down already, or the hook was never added
            }
        }
    }

    private static void watchStdin(InputStream stdin, CountDownLatch stop) {
        Thread watcher = new Thread(
                () -> {
                    try {
                        byte[] buffer = new byte[256];
                        while (stdin.read(buffer) >= 0) {
                            // keep reading until end of input
                        }
                    } catch (IOException e) {
                        // a broken input counts as closed
                    }
                    stop.countDown();
                },
                "simulate-stdin");
        watcher.setDaemon(true);
        watcher.start();
    }

    static SimulatorConfig config(Args a) {
        SimulatorConfig c = SimulatorConfig.defaults()
                .withProfileCount(a.integer("--profiles", 100, 0, 1_000_000))
                .withOpenAtStart(a.integer("--open", 0, 0, 1_000_000), a.integer("--open-by-hand", 0, 0, 1_000_000))
                .withLatency(
                        Duration.ofMillis(a.integer("--latency-ms", 0, 0, 600_000)),
                        Duration.ofMillis(a.integer("--per-profile-ms", 0, 0, 600_000)))
                .withMaxRequestsPerSecond(a.integer("--rate-limit", 0, 0, 1_000_000))
                .withPermissionDeniedAboveConcurrency(a.integer("--max-concurrent", 3, 0, 1000))
                .withSystemErrorEveryNth(a.integer("--error-every", 0, 0, 1_000_000))
                .withLoggedOut(a.flag("--logged-out"))
                .withNoPermission(a.flag("--no-permission"));
        c = c.withUnknownIds(
                switch (a.text("--unknown-id", "fail-batch")) {
                    case "fail-batch" -> SimulatorConfig.UnknownIdMode.FAIL_BATCH;
                    case "omit" -> SimulatorConfig.UnknownIdMode.OMIT;
                    default -> throw new IllegalArgumentException("--unknown-id must be fail-batch or omit");
                });
        int code = a.integer("--open-code", 111003, 1, Integer.MAX_VALUE);
        c = c.withOpenProfiles(
                switch (a.text("--open-profile", "refuse")) {
                    case "refuse" -> SimulatorConfig.OpenProfileMode.REFUSE;
                    case "fake-success" -> SimulatorConfig.OpenProfileMode.FAKE_SUCCESS;
                    default -> throw new IllegalArgumentException("--open-profile must be refuse or fake-success");
                },
                code);
        c = c.withFault(
                switch (a.text("--fault", "none")) {
                    case "none" -> SimulatorConfig.Fault.NONE;
                    case "hang" -> SimulatorConfig.Fault.HANG;
                    case "http-500" -> SimulatorConfig.Fault.HTTP_500;
                    case "non-json" -> SimulatorConfig.Fault.NON_JSON;
                    case "close-mid-response" -> SimulatorConfig.Fault.CLOSE_MID_RESPONSE;
                    default ->
                        throw new IllegalArgumentException(
                                "--fault must be none, hang, http-500, non-json or close-mid-response");
                });
        c = c.withTooOld(
                switch (a.text("--too-old", "no")) {
                    case "no" -> SimulatorConfig.TooOld.NO;
                    case "unknown-action" -> SimulatorConfig.TooOld.UNKNOWN_ACTION;
                    case "http-404" -> SimulatorConfig.TooOld.HTTP_404;
                    case "code-1005" -> SimulatorConfig.TooOld.CODE_1005;
                    default ->
                        throw new IllegalArgumentException("--too-old must be unknown-action, http-404 or code-1005");
                });
        return c;
    }
}
