package com.ixsweep.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ixBrowser-compatible Local API server (JDK {@code HttpServer} on 127.0.0.1) with seeded profiles and the
 * behaviour knobs of {@link SimulatorConfig}. Answers as LOCAL-API.md describes: POST {@code /api/v2/<action>}, HTTP
 * 200 with {@code error.code}. Counts requests per action, the highest number of requests (and of clear/close/reset
 * writes) in flight at once, clears per profile, and its own simulated work time.
 *
 * <p>Thread-safe: any thread may start, configure, query or close it; requests are served on its own pool.
 * Usage: {@code try (var sim = new LocalApiSimulator(config)) { sim.start(); ... sim.baseUrl() ... }}.
 */
public final class LocalApiSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalApiSimulator.class);

    /**
     * The JDK server reads this once, when the first server of the JVM is created. It writes a response's headers and
     * its body as two packets; with Nagle's algorithm on (its default) the body then waits for the client's delayed
     * ACK, about 40 ms on Linux, on every request. ixBrowser has no such stall, and it swamped the simulated latency
     * (a 55 ms chunk took 100 ms), so the simulator turns Nagle off unless the property was set already.
     */
    static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    static {
        if (System.getProperty(NO_DELAY_PROPERTY) == null) {
            System.setProperty(NO_DELAY_PROPERTY, "true");
        }
    }

    private static final String PREFIX = "/api/v2/";
    private static final Set<String> WRITES = Set.of(
            "profile-clear-cache-and-cookies",
            "profile-clear-cache",
            "profile-clear-cache-keep-extensions",
            "profile-close-in-batches",
            "profile-close",
            "profile-open-state-reset");

    private final ObjectMapper mapper = new ObjectMapper();
    private final SimulatedClient client;
    private volatile SimulatorConfig config;

    private final AtomicInteger totalRequests = new AtomicInteger();
    private final Map<String, AtomicInteger> perAction = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger writesInFlight = new AtomicInteger();
    private final AtomicInteger maxWritesInFlight = new AtomicInteger();
    private final AtomicLong workNanos = new AtomicLong();
    private final AtomicLong sleptNanos = new AtomicLong();
    private final Map<Integer, AtomicInteger> errorAnswers = new ConcurrentHashMap<>();
    private final ArrayDeque<Long> recent = new ArrayDeque<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    private final Object serverLock = new Object();
    private HttpServer server;
    private ExecutorService pool;
    private int port;
    private boolean closed;

    /** A simulator with {@link SimulatorConfig#defaults()} and {@code profiles} profiles. */
    public LocalApiSimulator(int profiles) {
        this(SimulatorConfig.defaults().withProfileCount(profiles));
    }

    public LocalApiSimulator(SimulatorConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.client = new SimulatedClient(config);
    }

    /** Binds 127.0.0.1 on an ephemeral port and starts serving; returns the port. */
    public int start() throws IOException {
        return start(0);
    }

    /** Binds 127.0.0.1:{@code wantedPort} (0 = any free port) and starts serving; returns the bound port. */
    public int start(int wantedPort) throws IOException {
        synchronized (serverLock) {
            if (closed) {
                throw new IllegalStateException("the simulator is closed");
            }
            if (server != null) {
                return port;
            }
            if (pool == null) {
                AtomicInteger n = new AtomicInteger();
                pool = Executors.newCachedThreadPool(r -> {
                    Thread t = new Thread(r, "local-api-simulator-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
            }
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), wantedPort), 64);
            s.createContext("/", this::serve);
            s.setExecutor(pool);
            s.start();
            server = s;
            port = s.getAddress().getPort();
            LOG.info("Local API simulator listening at {} with {} profiles", baseUrl(), config.profileCount());
            return port;
        }
    }

    /** The bound port (0 before {@link #start}). */
    public int port() {
        synchronized (serverLock) {
            return port;
        }
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /**
     * {@code true}: stop listening, so connections are refused (like ixBrowser not running); {@code false}: listen
     * again on the same port.
     */
    public void refuseConnections(boolean refuse) throws IOException {
        synchronized (serverLock) {
            if (refuse && server != null) {
                server.stop(0);
                server = null;
            } else if (!refuse && server == null && port != 0) {
                start(port);
            }
        }
    }

    public SimulatorConfig config() {
        return config;
    }

    /** Replaces the knobs; takes effect for the next request ({@code profileCount} is fixed at construction). */
    public void setConfig(SimulatorConfig newConfig) {
        this.config = Objects.requireNonNull(newConfig, "config");
    }

    public synchronized void update(UnaryOperator<SimulatorConfig> change) {
        setConfig(change.apply(config));
    }

    /** Marks profiles as opened by the API (closable with profile-close-in-batches). */
    public void openByApi(long... ids) {
        for (long id : ids) {
            client.setOpen(id, SimulatedClient.OpenKind.API);
        }
    }

    /** Marks profiles as opened by hand in the client (close answers 1009). */
    public void openByHand(long... ids) {
        for (long id : ids) {
            client.setOpen(id, SimulatedClient.OpenKind.HAND);
        }
    }

    /** Marks profiles as not running. */
    public void closeProfiles(long... ids) {
        for (long id : ids) {
            client.setOpen(id, null);
        }
    }

    public Set<Long> openIds() {
        return Set.copyOf(client.openProfiles().keySet());
    }

    /** The seeded profile IDs, 1..N. */
    public List<Long> profileIds() {
        return client.ids();
    }

    /** How often this profile was really cleared (open profiles "cleared" by a fake success do not count). */
    public int clearCount(long id) {
        return client.clearCount(id);
    }

    /** Clears per profile ID, only for profiles cleared at least once. */
    public Map<Long, Integer> clearCounts() {
        return client.clearCounts();
    }

    /** The highest clear count of any profile: 1 proves "none cleared twice". */
    public int maxClearCount() {
        return client.clearCounts().values().stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
    }

    /** Open profiles listed as cleared by a fake success, per ID. */
    public Map<Long, Integer> fakeClears() {
        return client.fakeClears();
    }

    public int totalRequests() {
        return totalRequests.get();
    }

    public int requests(String action) {
        AtomicInteger n = perAction.get(action);
        return n == null ? 0 : n.get();
    }

    /** The most requests seen in flight at once. */
    public int maxConcurrency() {
        return maxInFlight.get();
    }

    /** The most clear/close/reset requests seen in flight at once. */
    public int maxConcurrentWrites() {
        return maxWritesInFlight.get();
    }

    /**
     * How many answers carried this non-zero {@code error.code}, e.g. 1010 from the rate knob or 1008 from the
     * concurrency knob (and from {@code noPermission}).
     */
    public int answers(int code) {
        AtomicInteger n = errorAnswers.get(code);
        return n == null ? 0 : n.get();
    }

    /** The sum of all simulated latencies served so far, for comparing a run's wall time with. */
    public Duration workTime() {
        return Duration.ofNanos(workNanos.get());
    }

    /**
     * The real time those latencies took: a little above {@link #workTime()}, and more on a busy machine, where a
     * sleeping thread wakes late. Tells the machine's share of a run's wall time from the client's.
     */
    public Duration sleptTime() {
        return Duration.ofNanos(sleptNanos.get());
    }

    /**
     * Zeroes request and answer counters, concurrency peaks, work time and clear counts; keeps profiles and open
     * state.
     */
    public void resetStats() {
        totalRequests.set(0);
        perAction.clear();
        errorAnswers.clear();
        maxInFlight.set(0);
        maxWritesInFlight.set(0);
        workNanos.set(0);
        sleptNanos.set(0);
        client.resetCounts();
    }

    /** Stops listening and releases hanging requests. Idempotent. */
    @Override
    public void close() {
        synchronized (serverLock) {
            if (closed) {
                return;
            }
            closed = true;
            closing.countDown();
            if (server != null) {
                server.stop(0);
                server = null;
            }
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String action = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : "";
        int number = totalRequests.incrementAndGet();
        perAction.computeIfAbsent(action, a -> new AtomicInteger()).incrementAndGet();
        boolean write = WRITES.contains(action);
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        if (write) {
            maxWritesInFlight.accumulateAndGet(writesInFlight.incrementAndGet(), Math::max);
        }
        boolean counted = true;
        boolean dropped = false;
        try {
            SimulatorConfig cfg = config;
            byte[] requestBody = readAll(exchange.getRequestBody());
            if (cfg.faultApplies(action)) {
                if (cfg.fault() != SimulatorConfig.Fault.HANG) {
                    counted = false;
                    leave(write);
                }
                fault(exchange, cfg, action);
                return;
            }
            Reply reply = answer(exchange, action, requestBody, cfg, now, number);
            if (reply.code() != 0) {
                errorAnswers
                        .computeIfAbsent(reply.code(), c -> new AtomicInteger())
                        .incrementAndGet();
            }
            counted = false;
            leave(write);
            send(exchange, reply);
        } catch (DroppedConnection e) {
            dropped = true;
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.debug("simulator: request {} ended with {}", action, e.toString());
        } finally {
            if (counted) {
                leave(write);
            }
            if (!dropped) {
                exchange.close();
            }
        }
    }

    /**
     * Thrown out of the handler after half a body was sent: the JDK server then closes the connection, which is the
     * only way to drop it mid-response through the public API.
     */
    private static final class DroppedConnection extends IOException {
        DroppedConnection() {
            super("connection dropped on purpose");
        }
    }

    private void leave(boolean write) {
        inFlight.decrementAndGet();
        if (write) {
            writesInFlight.decrementAndGet();
        }
    }

    private Reply answer(
            HttpExchange exchange, String action, byte[] requestBody, SimulatorConfig cfg, int now, int number) {
        if (action.isEmpty() || action.contains("/")) {
            return Reply.plain(404, "text/plain", "404 page not found");
        }
        if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
            return Reply.plain(405, "text/plain", "405 method not allowed");
        }
        JsonNode body;
        try {
            String text = new String(requestBody, StandardCharsets.UTF_8).strip();
            body = text.isEmpty() ? mapper.createObjectNode() : mapper.readTree(text);
        } catch (IOException e) {
            return Reply.error(1001, "Invalid request parameters");
        }
        if (body == null || !body.isObject()) {
            return Reply.error(1001, "Invalid request parameters");
        }
        if (cfg.loggedOut()) {
            return Reply.error(1002, "Please log in again");
        }
        if (cfg.noPermission()) {
            return Reply.error(1008, "Permissions restricted");
        }
        if (cfg.permissionDeniedAboveConcurrency() > 0 && now > cfg.permissionDeniedAboveConcurrency()) {
            return Reply.error(1008, "Permissions restricted");
        }
        if (tooFast(cfg.maxRequestsPerSecond())) {
            return Reply.error(1010, "Operation too fast");
        }
        if (cfg.systemErrorEveryNth() > 0 && number % cfg.systemErrorEveryNth() == 0) {
            return Reply.error(1004, "System error, please try again later");
        }
        boolean clear = SimulatedClient.CLEAR_ACTIONS.contains(action);
        if (clear && cfg.tooOld() != SimulatorConfig.TooOld.NO) {
            return switch (cfg.tooOld()) {
                case HTTP_404 -> Reply.plain(404, "text/plain", "404 page not found");
                case CODE_1005 -> Reply.error(1005, "Client version is too low");
                default -> Reply.error(1001, "Unknown action: " + action);
            };
        }
        int profiles = clear && body.path("profile_id").isArray()
                ? body.get("profile_id").size()
                : 0;
        Duration work = cfg.latency().plus(cfg.perProfileLatency().multipliedBy(profiles));
        if (!work.isZero() && !work.isNegative()) {
            workNanos.addAndGet(work.toNanos());
            long start = System.nanoTime();
            pause(work);
            sleptNanos.addAndGet(System.nanoTime() - start);
        }
        Reply reply = client.handle(action, body, cfg);
        return reply != null ? reply : Reply.error(1001, "Unknown action: " + action);
    }

    private boolean tooFast(int perSecond) {
        if (perSecond <= 0) {
            return false;
        }
        long nowNanos = System.nanoTime();
        synchronized (recent) {
            while (!recent.isEmpty() && nowNanos - recent.peekFirst() > 1_000_000_000L) {
                recent.pollFirst();
            }
            recent.addLast(nowNanos);
            return recent.size() > perSecond;
        }
    }

    private void fault(HttpExchange exchange, SimulatorConfig cfg, String action) throws IOException {
        switch (cfg.fault()) {
            case HANG -> {
                LOG.debug("simulator: hanging on {}", action);
                pause(Duration.ofDays(1));
            }
            case HTTP_500 -> send(exchange, Reply.plain(500, "text/plain", "Internal Server Error"));
            case NON_JSON ->
                send(
                        exchange,
                        Reply.plain(200, "text/html", "<!DOCTYPE html><html><body><h1>Welcome</h1></body></html>"));
            case CLOSE_MID_RESPONSE -> {
                byte[] full = Reply.ok(
                                mapper.createArrayNode().add(1).add(2).add(3).add(4))
                        .body()
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", Reply.JSON);
                exchange.sendResponseHeaders(200, full.length);
                OutputStream out = exchange.getResponseBody();
                out.write(full, 0, full.length / 2);
                out.flush();
                throw new DroppedConnection();
            }
            default -> throw new IllegalStateException("no fault");
        }
    }

    private void pause(Duration d) {
        try {
            closing.await(d.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }
}
