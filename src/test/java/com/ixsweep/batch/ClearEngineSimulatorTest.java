package com.ixsweep.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ixsweep.api.ApiSettings;
import com.ixsweep.api.IxBrowserClient;
import com.ixsweep.api.ProfileQuery;
import com.ixsweep.api.RetryPolicy;
import com.ixsweep.model.ClearMode;
import com.ixsweep.model.ProfileId;
import com.ixsweep.model.RowState;
import com.ixsweep.model.RowStatus;
import com.ixsweep.simulator.LocalApiSimulator;
import com.ixsweep.simulator.SimulatorConfig;
import com.ixsweep.simulator.SimulatorConfig.Fault;
import com.ixsweep.simulator.SimulatorConfig.OpenProfileMode;
import com.ixsweep.simulator.SimulatorConfig.UnknownIdMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine with the real client against the in-process simulator, over HTTP. Every run is journaled and reported:
 * in every case each ID ends in exactly one final state, the simulator's clear counts back the Cleared rows, and the
 * counts of the summary, the journal and the exported report agree.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ClearEngineSimulatorTest {

    /** Short retries, so that faults cost milliseconds; the real client and retrier otherwise. */
    private static final RetryPolicy QUICK_RETRIES =
            new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(2));

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private LocalApiSimulator sim;
    private IxBrowserClient client;
    private final AtomicInteger reports = new AtomicInteger();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    private void start(SimulatorConfig config) throws IOException {
        sim = new LocalApiSimulator(config);
        toClose.add(sim);
        sim.start();
        client = newClient();
    }

    private IxBrowserClient newClient() {
        IxBrowserClient c = new IxBrowserClient(ApiSettings.defaults()
                .withBaseUrl(sim.baseUrl())
                .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(1))
                .withRetry(QUICK_RETRIES));
        toClose.add(c);
        return c;
    }

    private ClearEngine engine() {
        return new ClearEngine(client, Clock.systemUTC(), Sleeper.SYSTEM, Duration.ofSeconds(3), Duration.ofMillis(50));
    }

    private static List<ProfileId> ids(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(ProfileId::of).toList();
    }

    private static ProfileId id(long value) {
        return ProfileId.of(value);
    }

    private static ClearRequest request(List<ProfileId> ids, int chunk, OpenProfilePolicy policy) {
        return new ClearRequest(ids, ClearMode.CACHE_AND_COOKIES, chunk, policy, false);
    }

    /** One finished run: what the engine said, what each listener saw, and what its journal holds. */
    private record Outcome(RunSummary summary, RecordingListener events, RunJournal.Contents journal) {
        RowState last(long id) {
            return events.last(ProfileId.of(id));
        }
    }

    private Outcome run(ClearRequest request) throws IOException {
        return run(request, ClearListener.NONE, CancelSignal.NEVER);
    }

    /** Runs to the end with a journal and a report, and checks that the three agree with each other. */
    private Outcome run(ClearRequest request, ClearListener extra, CancelSignal cancel) throws IOException {
        RecordingListener events = new RecordingListener();
        Map<Long, Integer> countsBefore = sim.clearCounts();
        RunSummary summary;
        Path file;
        try (RunJournal journal = RunJournal.start(dir.resolve("runs"), request)) {
            summary = engine().run(request, ClearListener.all(journal, events, extra), cancel);
            journal.finish(summary);
            file = journal.file();
        }
        events.assertEachEndedOnce(request.ids(), summary);
        RunJournal.Contents contents = RunJournal.read(file);
        assertThat(contents.finished()).isTrue();
        assertAgree(summary, contents);
        assertClearCountsBackTheRows(summary, countsBefore);
        return new Outcome(summary, events, contents);
    }

    /** Summary, journal (last states, end line) and the exported JSON report tell the same story. */
    private void assertAgree(RunSummary summary, RunJournal.Contents journal) throws IOException {
        assertThat(journal.lastStates()).containsExactlyEntriesOf(summary.finalStates());
        assertThat(journal.finalCounts()).isEqualTo(summary.counts());
        if (journal.finished()) {
            assertThat(journal.endCounts()).isEqualTo(summary.counts());
        }
        Path report = dir.resolve("report-" + reports.incrementAndGet() + ".json");
        RunReport.of(summary.finalStates(), Map.of()).write(report);
        Map<RowStatus, Integer> reported = new EnumMap<>(RowStatus.class);
        List<ProfileId> order = new ArrayList<>();
        for (JsonNode row : json.readTree(report.toFile())) {
            reported.merge(RowStatus.valueOf(row.get("status").asText()), 1, Integer::sum);
            order.add(ProfileId.of(row.get("id").asLong()));
        }
        assertThat(reported).isEqualTo(summary.counts());
        assertThat(order).containsExactlyElementsOf(summary.finalStates().keySet());
    }

    /**
     * What this run did at the simulator: each Cleared row was cleared exactly once, and no other row was cleared
     * (but a Not confirmed one, which ixBrowser may or may not have cleared).
     */
    private void assertClearCountsBackTheRows(RunSummary summary, Map<Long, Integer> before) {
        Map<Long, Integer> after = sim.clearCounts();
        summary.finalStates().forEach((id, state) -> {
            int clears = after.getOrDefault(id.value(), 0) - before.getOrDefault(id.value(), 0);
            if (state.status() == RowStatus.CLEARED) {
                assertThat(clears).as("clears of %s in this run", id).isEqualTo(1);
            } else if (state.status() != RowStatus.NOT_CONFIRMED) {
                assertThat(clears)
                        .as("clears of %s (%s) in this run", id, state)
                        .isZero();
            }
        });
    }

    /** Resumes a journal as the app and the CLI do: the IDs it left, with its mode, chunk and open policy. */
    private Outcome resume(RunJournal.Contents journal) throws IOException {
        ClearRequest resume = journal.resumeRequest().orElseThrow();
        assertThat(resume.ids()).containsExactlyElementsOf(journal.idsToResume());
        return run(resume);
    }

    /** Fires {@code action} once, on the engine's thread, when the {@code n}-th row has been reported Cleared. */
    private static ClearListener afterCleared(int n, Runnable action) {
        AtomicInteger cleared = new AtomicInteger();
        return (id, state) -> {
            if (state.status() == RowStatus.CLEARED && cleared.incrementAndGet() == n) {
                action.run();
            }
        };
    }

    private static List<ProfileId> withUnknown(List<ProfileId> known, List<ProfileId> unknown, int... at) {
        List<ProfileId> all = new ArrayList<>(known);
        for (int i = 0; i < unknown.size(); i++) {
            all.add(at[i], unknown.get(i));
        }
        return all;
    }

    // ---- unknown IDs -------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(UnknownIdMode.class)
    void unknownIdsCostNoKnownProfileItsClearWhicheverWayIxBrowserAnswers(UnknownIdMode mode) throws IOException {
        start(SimulatorConfig.defaults().withProfileCount(200).withUnknownIds(mode));
        List<ProfileId> unknown = List.of(id(9_001), id(9_002), id(9_003), id(9_004), id(9_005));
        List<ProfileId> all = withUnknown(ids(1, 200), unknown, 3, 40, 41, 120, 204);
        int chunk = 20;

        Outcome run = run(request(all, chunk, OpenProfilePolicy.SKIP));

        assertThat(run.summary().count(RowStatus.CLEARED)).isEqualTo(200);
        assertThat(sim.clearCounts()).hasSize(200);
        int chunks = (all.size() + chunk - 1) / chunk;
        if (mode == UnknownIdMode.FAIL_BATCH) {
            unknown.forEach(u -> assertThat(run.last(u.value()))
                    .isEqualTo(new RowState(RowStatus.NOT_FOUND, 2007, "Profile does not exist (2007)")));
            int log2 = 32 - Integer.numberOfLeadingZeros(chunk - 1);
            assertThat(run.summary().requests()).isLessThanOrEqualTo(chunks + 2 * unknown.size() * log2 + 1);
            assertThat(sim.answers(2007)).isPositive();
        } else {
            unknown.forEach(u -> assertThat(run.events().status(u.value())).isEqualTo(RowStatus.NOT_CONFIRMED));
            assertThat(run.summary().requests()).isEqualTo(chunks + unknown.size() + 1);
            assertThat(sim.answers(2007)).isZero();
        }
        assertThat(sim.totalRequests()).isEqualTo(run.summary().requests());
    }

    // ---- open profiles -----------------------------------------------------------------------------------------

    @Test
    void skipLeavesProfilesOpenByTheApiOrByHandUntouched() throws IOException {
        start(SimulatorConfig.defaults().withProfileCount(60));
        sim.openByApi(5, 6);
        sim.openByHand(7);

        Outcome run = run(request(ids(1, 60), 25, OpenProfilePolicy.SKIP));

        for (long open : new long[] {5, 6, 7}) {
            assertThat(run.events().status(open)).isEqualTo(RowStatus.SKIPPED_OPEN);
            assertThat(sim.clearCount(open)).isZero();
        }
        assertThat(run.summary().count(RowStatus.CLEARED)).isEqualTo(57);
        assertThat(sim.openIds()).containsExactlyInAnyOrder(5L, 6L, 7L);
        assertThat(sim.requests("profile-close-in-batches")).isZero();
        assertThat(sim.answers(111003)).isZero();
    }

    @Test
    void closeFirstClosesAndClearsApiOpenedProfilesAndSkipsOneOpenedByHandWith1009() throws IOException {
        start(SimulatorConfig.defaults().withProfileCount(60));
        sim.openByApi(5, 6);
        sim.openByHand(7);

        Outcome run = run(request(ids(1, 60), 25, OpenProfilePolicy.CLOSE_FIRST));

        assertThat(run.events().status(5)).isEqualTo(RowStatus.CLEARED);
        assertThat(run.events().status(6)).isEqualTo(RowStatus.CLEARED);
        assertThat(run.last(7))
                .isEqualTo(new RowState(RowStatus.SKIPPED_OPEN, 1009, "opened by hand in ixBrowser; close it there"));
        assertThat(sim.clearCount(7)).isZero();
        assertThat(sim.openIds()).containsExactly(7L);
        assertThat(sim.answers(1009)).isPositive();
        assertThat(run.summary().count(RowStatus.CLEARED)).isEqualTo(59);
    }

    @ParameterizedTest
    @ValueSource(ints = {111003, 1014})
    void includeSendsOpenProfilesAndLeavesOnlyTheRefusedOnes(int refusal) throws IOException {
        start(SimulatorConfig.defaults().withProfileCount(60).withOpenProfiles(OpenProfileMode.REFUSE, refusal));
        sim.openByApi(5);
        sim.openByHand(37);

        Outcome run = run(request(ids(1, 60), 25, OpenProfilePolicy.INCLUDE));

        RowStatus refused = refusal == 111003 ? RowStatus.SKIPPED_OPEN : RowStatus.FAILED;
        for (long open : new long[] {5, 37}) {
            assertThat(run.last(open).status()).isEqualTo(refused);
            assertThat(run.last(open).code()).isEqualTo(refusal);
            assertThat(sim.clearCount(open)).isZero();
        }
        assertThat(run.summary().count(RowStatus.CLEARED)).isEqualTo(58);
        assertThat(sim.requests("native-client-profile-opened-list")).isZero();
    }

    // ---- throttling ----------------------------------------------------------------------------------------------

    @Test
    void a1010StormSlowsTheRunDownInsteadOfFailingProfiles() throws IOException {
        start(SimulatorConfig.defaults().withProfileCount(80).withMaxRequestsPerSecond(4));

        Outcome run = run(request(ids(1, 80), 10, OpenProfilePolicy.SKIP));

        assertThat(sim.answers(1010)).as("the storm happened").isPositive();
        assertThat(run.summary().allCleared()).isTrue();
        assertThat(run.events().notices).anyMatch(n -> n.contains("1010"));
    }

    @Test
    void twoRunsAndAReaderSharingOneClientNeverDrawA1008() throws Exception {
        start(SimulatorConfig.defaults()
                .withProfileCount(400)
                .withLatency(Duration.ofMillis(3), Duration.ZERO)
                .withPermissionDeniedAboveConcurrency(3));
        AtomicBoolean done = new AtomicBoolean();
        CompletableFuture<Integer> reader = CompletableFuture.supplyAsync(() -> {
            int reads = 0;
            while (!done.get()) {
                assertThat(client.listProfiles(ProfileQuery.ALL).isOk()).isTrue();
                assertThat(client.openProfiles().isOk()).isTrue();
                reads += 2;
            }
            return reads;
        });
        CompletableFuture<Outcome> first =
                CompletableFuture.supplyAsync(() -> runUnchecked(request(ids(1, 200), 10, OpenProfilePolicy.SKIP)));
        CompletableFuture<Outcome> second =
                CompletableFuture.supplyAsync(() -> runUnchecked(request(ids(201, 400), 10, OpenProfilePolicy.SKIP)));

        Outcome a = first.get(30, TimeUnit.SECONDS);
        Outcome b = second.get(30, TimeUnit.SECONDS);
        done.set(true);

        assertThat(reader.get(10, TimeUnit.SECONDS)).isPositive();
        assertThat(a.summary().allCleared()).isTrue();
        assertThat(b.summary().allCleared()).isTrue();
        assertThat(sim.answers(1008)).isZero();
        assertThat(sim.maxConcurrency()).isBetween(2, 3);
        assertThat(sim.maxConcurrentWrites()).isEqualTo(1);
    }

    private Outcome runUnchecked(ClearRequest request) {
        try {
            return run(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anotherProgramsLoadDraws1008TheRunStopsOnceAndAResumeClearsEveryoneOnce() throws Exception {
        start(SimulatorConfig.defaults().withProfileCount(50).withLatency(Duration.ofSeconds(2), Duration.ZERO));
        HttpClient other = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> hogs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            hogs.add(other.sendAsync(
                    HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/api/v2/profile-list"))
                            .POST(HttpRequest.BodyPublishers.ofString("{}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        while (sim.maxConcurrency() < 3) {
            Thread.sleep(5);
        }
        sim.update(c -> c.withLatency(Duration.ZERO, Duration.ZERO));

        Outcome stopped = run(request(ids(1, 50), 10, OpenProfilePolicy.SKIP));

        assertThat(sim.answers(1008)).isEqualTo(3); // the first read and its two extra attempts
        assertThat(stopped.summary().stoppedEarly()).isTrue();
        assertThat(stopped.summary().count(RowStatus.NOT_ATTEMPTED)).isEqualTo(50);
        assertThat(stopped.events().notices).hasSize(1);
        assertThat(stopped.events().notices.get(0)).startsWith("Run stopped").contains("1008");
        CompletableFuture.allOf(hogs.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);

        Outcome resumed = resume(stopped.journal());

        assertThat(resumed.summary().allCleared()).isTrue();
        assertThat(sim.clearCounts()).hasSize(50);
        assertThat(sim.maxClearCount()).isEqualTo(1);
    }

    // ---- faults mid-run ------------------------------------------------------------------------------------------

    /** A fault that starts after the second chunk was answered and lasts until the resume. */
    enum MidRunFault {
        REFUSED_CONNECTIONS,
        HTTP_500,
        NON_JSON,
        HANG
    }

    @ParameterizedTest
    @EnumSource(MidRunFault.class)
    void aFaultMidRunEndsEveryRowAndAResumeClearsTheRestOnce(MidRunFault fault) throws IOException {
        // Hung requests stay counted in flight (as a wedged ixBrowser's would), so the 1008 knob is off here.
        start(SimulatorConfig.defaults().withProfileCount(40).withPermissionDeniedAboveConcurrency(0));
        ClearListener inject = afterCleared(20, () -> {
            try {
                switch (fault) {
                    case REFUSED_CONNECTIONS -> sim.refuseConnections(true);
                    case HTTP_500 -> sim.update(c -> c.withFault(Fault.HTTP_500));
                    case NON_JSON -> sim.update(c -> c.withFault(Fault.NON_JSON));
                    case HANG -> sim.update(c -> c.withFault(Fault.HANG));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        Outcome broken = run(request(ids(1, 40), 10, OpenProfilePolicy.SKIP), inject, CancelSignal.NEVER);

        assertThat(broken.summary().count(RowStatus.CLEARED)).isEqualTo(20);
        RowState rest = broken.last(31);
        switch (fault) {
            case REFUSED_CONNECTIONS -> {
                assertThat(broken.summary().count(RowStatus.NOT_ATTEMPTED)).isEqualTo(20);
                assertThat(broken.events().notices).singleElement().asString().contains("not running");
            }
            case HTTP_500 -> {
                assertThat(broken.summary().count(RowStatus.FAILED)).isEqualTo(20);
                assertThat(rest.code()).isEqualTo(500);
                assertThat(rest.message()).contains("still failing after retries");
            }
            case NON_JSON ->
                assertThat(broken.summary().count(RowStatus.FAILED)).isEqualTo(20);
            case HANG -> {
                assertThat(broken.summary().count(RowStatus.NOT_CONFIRMED)).isEqualTo(20);
                assertThat(rest.message()).contains("no answer in time");
            }
        }
        assertThat(broken.summary().stoppedEarly()).isEqualTo(fault == MidRunFault.REFUSED_CONNECTIONS);
        sim.refuseConnections(false);
        sim.update(c -> c.withFault(Fault.NONE));

        Outcome resumed = resume(broken.journal());

        assertThat(resumed.summary().finalStates().keySet()).containsExactlyElementsOf(ids(21, 40));
        assertThat(resumed.summary().allCleared()).isTrue();
        assertThat(sim.clearCounts())
                .hasSize(40)
                .allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
    }

    // ---- cancel and kill -----------------------------------------------------------------------------------------

    @Test
    void aCancelledRunEndsEveryRowAndAResumeClearsOnlyTheRest() throws IOException {
        start(SimulatorConfig.defaults().withProfileCount(200).withLatency(Duration.ofMillis(5), Duration.ZERO));
        AtomicBoolean cancel = new AtomicBoolean();

        Outcome cancelled = run(
                request(ids(1, 200), 10, OpenProfilePolicy.SKIP),
                afterCleared(50, () -> cancel.set(true)),
                cancel::get);

        assertThat(cancelled.summary().cancelled()).isTrue();
        assertThat(cancelled.summary().count(RowStatus.CLEARED)).isEqualTo(50);
        assertThat(cancelled.summary().count(RowStatus.NOT_ATTEMPTED)).isEqualTo(150);

        Outcome resumed = resume(cancelled.journal());

        assertThat(resumed.summary().finalStates().keySet()).containsExactlyElementsOf(ids(51, 200));
        assertThat(resumed.summary().allCleared()).isTrue();
        assertThat(sim.clearCounts()).hasSize(200);
        assertThat(sim.maxClearCount()).isEqualTo(1);
    }

    /**
     * The engine's thread is interrupted while a request is in flight (the app shutting down), and nobody writes the
     * journal's end line. The answer in flight is still recorded, so a resume sends only what was never cleared.
     */
    @Test
    void aWorkerInterruptedMidRequestLeavesAJournalWhoseResumeClearsNobodyTwice() throws Exception {
        start(SimulatorConfig.defaults().withProfileCount(100).withLatency(Duration.ofMillis(150), Duration.ZERO));
        ClearRequest request = request(ids(1, 100), 10, OpenProfilePolicy.SKIP);
        RunJournal journal = RunJournal.start(dir.resolve("runs"), request);
        AtomicReference<RunSummary> result = new AtomicReference<>();
        ClearListener interruptDuringFourthChunk = (id, state) -> {
            if (id.value() == 40 && state.status() == RowStatus.RUNNING) {
                Thread engineThread = Thread.currentThread();
                CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS).execute(engineThread::interrupt);
            }
        };
        Thread thread = new Thread(
                () -> result.set(engine().run(request, ClearListener.all(journal, interruptDuringFourthChunk), null)));
        thread.start();
        thread.join(10_000);
        // Killed: no finish(), the file is left as it is.

        RunJournal.Contents killed = RunJournal.read(journal.file());
        journal.close();
        assertThat(killed.finished()).isFalse();
        assertThat(result.get().cancelled()).isTrue();
        assertThat(killed.lastStates()).containsExactlyEntriesOf(result.get().finalStates());
        assertAgree(result.get(), killed);
        assertThat(result.get().count(RowStatus.CLEARED)).isEqualTo(40);
        assertThat(sim.clearCounts()).hasSize(40);

        Outcome resumed = resume(killed);

        assertThat(resumed.summary().finalStates().keySet()).containsExactlyElementsOf(ids(41, 100));
        assertThat(resumed.summary().allCleared()).isTrue();
        assertThat(sim.clearCounts()).hasSize(100);
        assertThat(sim.maxClearCount()).isEqualTo(1);
    }

    /**
     * The process dies while a request is in flight: the journal ends with that request's rows Running (and a torn
     * line), although ixBrowser goes on to clear them. Nothing can tell whether it did, so the resume sends them again
     * (clearing is idempotent, DESIGN.md) together with what was never sent; it sends no row the journal had recorded
     * as cleared, and every row ends in exactly one final state.
     */
    @Test
    void aProcessKilledMidRequestResumesTheRestAndSendsOnlyTheRequestInFlightAgain() throws Exception {
        start(SimulatorConfig.defaults().withProfileCount(100).withLatency(Duration.ofMillis(20), Duration.ZERO));
        ClearRequest request = request(ids(1, 100), 10, OpenProfilePolicy.SKIP);
        Path killedCopy = dir.resolve("killed.jsonl");
        AtomicBoolean dead = new AtomicBoolean();
        RecordingListener beforeDeath = new RecordingListener();
        try (RunJournal journal = RunJournal.start(dir.resolve("runs"), request)) {
            ClearListener process = new ClearListener() {
                @Override
                public void stateChanged(ProfileId id, RowState state) {
                    if (dead.get()) {
                        return; // a dead process writes nothing more
                    }
                    journal.stateChanged(id, state);
                    beforeDeath.stateChanged(id, state);
                    if (id.value() == 40 && state.status() == RowStatus.RUNNING) {
                        // The last row of the fourth chunk is Running: its request goes out next. Die now.
                        dead.set(true);
                        try {
                            Files.copy(journal.file(), killedCopy);
                            Files.writeString(killedCopy, "{\"t\":\"state\",\"id\":4", StandardOpenOption.APPEND);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }

                @Override
                public void notice(String message) {
                    if (!dead.get()) {
                        journal.notice(message);
                    }
                }
            };
            // Dead means no more requests too, once the fourth clear has reached ixBrowser (1 read + 4 clears).
            engine().run(request, process, () -> dead.get() && sim.totalRequests() >= 5);
        }
        Map<Long, Integer> clearedAtDeath = new LinkedHashMap<>(sim.clearCounts());
        assertThat(clearedAtDeath)
                .as("the request in flight was cleared by ixBrowser")
                .hasSize(40);

        RunJournal.Contents killed = RunJournal.read(killedCopy);
        assertThat(killed.finished()).isFalse();
        assertThat(killed.skippedLines()).isEqualTo(1);
        Set<ProfileId> recordedCleared = new HashSet<>();
        killed.lastStates().forEach((id, s) -> {
            if (s.status() == RowStatus.CLEARED) {
                recordedCleared.add(id);
            }
        });
        assertThat(recordedCleared).containsExactlyInAnyOrderElementsOf(ids(1, 30));
        assertThat(ids(31, 40)).allMatch(i -> killed.lastStates().get(i).status() == RowStatus.RUNNING);

        Outcome resumed = resume(killed);

        assertThat(resumed.summary().finalStates().keySet()).containsExactlyElementsOf(ids(31, 100));
        assertThat(resumed.summary().allCleared()).isTrue();
        Map<Long, Integer> counts = sim.clearCounts();
        assertThat(counts).hasSize(100);
        counts.forEach((id, n) -> assertThat(n).as("clears of %d", id).isEqualTo(id > 30 && id <= 40 ? 2 : 1));
        Map<ProfileId, RowState> merged = new LinkedHashMap<>();
        killed.lastStates().forEach((id, s) -> {
            if (s.status().isFinal()) {
                merged.put(id, s);
            }
        });
        resumed.summary()
                .finalStates()
                .forEach((id, s) -> assertThat(merged.put(id, s))
                        .as("%s ended in both runs", id)
                        .isNull());
        assertThat(merged).hasSize(100);
    }
}
