package com.ixsweep.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.ixsweep.api.ApiOutcome;
import com.ixsweep.api.FailureClass;
import com.ixsweep.batch.FakeLocalApi.Method;
import com.ixsweep.batch.FakeLocalApi.OpenProfiles;
import com.ixsweep.batch.FakeLocalApi.UnknownIds;
import com.ixsweep.model.ClearMode;
import com.ixsweep.model.ProfileId;
import com.ixsweep.model.RowState;
import com.ixsweep.model.RowStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ClearEngineTest {

    private final FakeTime time = new FakeTime();
    private final RecordingListener listener = new RecordingListener();

    private ClearEngine engine(FakeLocalApi api) {
        return new ClearEngine(api, time, time, Duration.ofSeconds(10), Duration.ofMillis(500));
    }

    private static List<ProfileId> ids(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(ProfileId::of).toList();
    }

    private static ProfileId id(long value) {
        return ProfileId.of(value);
    }

    private static ClearRequest request(List<ProfileId> ids, int chunk, OpenProfilePolicy policy) {
        return new ClearRequest(ids, ClearMode.CACHE, chunk, policy, false);
    }

    private void assertNobodyClearedTwice(FakeLocalApi api) {
        assertThat(api.clearCounts().values()).allMatch(n -> n == 1);
    }

    @Test
    void bisectionIsolatesUnknownIds() {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 500).unknownIds(UnknownIds.FAIL_WHOLE_BATCH);
        List<ProfileId> all = new ArrayList<>(ids(1, 500));
        List<ProfileId> unknown = List.of(id(90_001), id(90_002), id(90_003), id(90_004), id(90_005));
        int[] at = {7, 60, 61, 250, 499};
        for (int i = unknown.size() - 1; i >= 0; i--) {
            all.add(at[i], unknown.get(i));
        }
        int chunk = 50;

        RunSummary summary = engine(api).run(request(all, chunk, OpenProfilePolicy.SKIP), listener, CancelSignal.NEVER);

        listener.assertEachEndedOnce(all, summary);
        for (long v = 1; v <= 500; v++) {
            assertThat(listener.status(v)).as("known %d", v).isEqualTo(RowStatus.CLEARED);
        }
        for (ProfileId u : unknown) {
            assertThat(listener.last(u)).isEqualTo(new RowState(RowStatus.NOT_FOUND, 2007, "Profile does not exist"));
        }
        int k = unknown.size();
        int bound =
                (int) Math.ceil(all.size() / (double) chunk) + 2 * k * (int) Math.ceil(Math.log(chunk) / Math.log(2));
        assertThat(api.calls(Method.CLEAR)).isLessThanOrEqualTo(bound);
        assertThat(summary.requests()).isEqualTo(api.totalCalls()).isLessThanOrEqualTo(bound + 1);
        assertThat(summary.count(RowStatus.CLEARED)).isEqualTo(500);
        assertThat(summary.count(RowStatus.NOT_FOUND)).isEqualTo(k);
        assertThat(api.clearCounts()).hasSize(500);
        assertNobodyClearedTwice(api);
    }

    @Test
    void aRefusedChunkWhoseFirstHalfIsAcceptedSplitsItsSecondHalfWithoutSendingItWhole() {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 7).unknownIds(UnknownIds.FAIL_WHOLE_BATCH);
        List<ProfileId> all = new ArrayList<>(ids(1, 7));
        all.add(id(99));

        RunSummary summary = engine(api).run(request(all, 8, OpenProfilePolicy.INCLUDE), listener, () -> false);

        listener.assertEachEndedOnce(all, summary);
        assertThat(api.log())
                .containsExactly(
                        "profile-clear-cache [1, 2, 3, 4, 5, 6, 7, 99]",
                        "profile-clear-cache [1, 2, 3, 4]",
                        "profile-clear-cache [5, 6]",
                        "profile-clear-cache [7]",
                        "profile-clear-cache [99]");
        assertThat(listener.last(id(99))).isEqualTo(new RowState(RowStatus.NOT_FOUND, 2007, "Profile does not exist"));
        assertThat(listener.events.get(id(99)))
                .extracting(RowState::status)
                .containsExactly(
                        RowStatus.QUEUED, RowStatus.RUNNING, RowStatus.QUEUED, RowStatus.RUNNING, RowStatus.NOT_FOUND);
        assertThat(summary.count(RowStatus.CLEARED)).isEqualTo(7);
        assertThat(summary.requests()).isEqualTo(5);
    }

    @Test
    void aSecondHalfIsSentWholeWhenItsFirstHalfWasRefusedToo() {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 7).unknownIds(UnknownIds.FAIL_WHOLE_BATCH);
        List<ProfileId> all = new ArrayList<>(List.of(id(99)));
        all.addAll(ids(1, 7));

        RunSummary summary = engine(api).run(request(all, 8, OpenProfilePolicy.INCLUDE), listener, () -> false);

        listener.assertEachEndedOnce(all, summary);
        assertThat(api.log())
                .containsExactly(
                        "profile-clear-cache [99, 1, 2, 3, 4, 5, 6, 7]",
                        "profile-clear-cache [99, 1, 2, 3]",
                        "profile-clear-cache [99, 1]",
                        "profile-clear-cache [99]",
                        "profile-clear-cache [1]",
                        "profile-clear-cache [2, 3]",
                        "profile-clear-cache [4, 5, 6, 7]");
        assertThat(listener.status(99)).isEqualTo(RowStatus.NOT_FOUND);
        assertThat(summary.count(RowStatus.CLEARED)).isEqualTo(7);
    }

    @Test
    void aRowIsQueuedThenRunningThenFinal() {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 3);

        engine(api).run(request(ids(1, 3), 50, OpenProfilePolicy.SKIP), listener, CancelSignal.NEVER);

        assertThat(listener.events.get(id(2)))
                .extracting(RowState::status)
                .containsExactly(RowStatus.QUEUED, RowStatus.RUNNING, RowStatus.CLEARED);
    }

    @Test
    void omittedIdsAreRetriedAloneThenNotConfirmed() {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 100).unknownIds(UnknownIds.OMIT);
        List<ProfileId> all = new ArrayList<>(ids(1, 100));
        all.add(30, id(777));
        all.add(id(778));

        RunSummary summary = engine(api).run(request(all, 50, OpenProfilePolicy.SKIP), listener, CancelSignal.NEVER);

        listener.assertEachEndedOnce(all, summary);
        assertThat(listener.status(777)).isEqualTo(RowStatus.NOT_CONFIRMED);
        assertThat(listener.status(778)).isEqualTo(RowStatus.NOT_CONFIRMED);
        assertThat(api.log()).contains("profile-clear-cache [777]", "profile-clear-cache [778]");
        assertThat(api.calls(Method.CLEAR)).isEqualTo(3 + 2);
        assertThat(summary.count(RowStatus.CLEARED)).isEqualTo(100);
        assertNobodyClearedTwice(api);
    }

    @Test
    void aClientThatNeverListsClearedIdsCostsBoundedExtraCalls() {
        FakeLocalApi api =
                FakeLocalApi.withProfiles(1, 200).alwaysOmit(ids(1, 200).toArray(ProfileId[]::new));

        RunSummary summary =
                engine(api).run(request(ids(1, 200), 50, OpenProfilePolicy.INCLUDE), listener, CancelSignal.NEVER);

        listener.assertEachEndedOnce(ids(1, 200), summary);
        assertThat(summary.count(RowStatus.NOT_CONFIRMED)).isEqualTo(200);
        assertThat(api.calls(Method.CLEAR)).isEqualTo(4 + ClearEngine.FUTILE_RETRY_LIMIT);
        assertThat(listener.notices).hasSize(1);
        assertThat(listener.notices.get(0)).contains("without a retry");
    }

    @Test
    void anIdOmittedOnceAndListedOnItsRetryIsCleared() {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 3);
        api.script(Method.CLEAR, new ApiOutcome.Ok<>(List.of(id(1), id(3))));

        RunSummary summary =
                engine(api).run(request(ids(1, 3), 50, OpenProfilePolicy.INCLUDE), listener, CancelSignal.NEVER);

        listener.assertEachEndedOnce(ids(1, 3), summary);
        assertThat(summary.allCleared()).isTrue();
        assertThat(api.log()).containsExactly("profile-clear-cache [1, 2, 3]", "profile-clear-cache [2]");
    }

    @Test
    void skipPolicyLeavesOpenProfilesUnsent() {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 20).open(id(3), id(7));

        RunSummary summary = engine(api).run(request(ids(1, 20), 5, OpenProfilePolicy.SKIP), listener, () -> false);

        listener.assertEachEndedOnce(ids(1, 20), summary);
        assertThat(listener.status(3)).isEqualTo(RowStatus.SKIPPED_OPEN);
        assertThat(listener.last(id(7)).message()).contains("open in ixBrowser");
        assertThat(api.clearCount(id(3))).isZero();
        assertThat(api.calls(Method.CLOSE)).isZero();
        assertThat(summary.count(RowStatus.CLEARED)).isEqualTo(18);
        assertThat(summary.count(RowStatus.SKIPPED_OPEN)).isEqualTo(2);
    }

    @Test
    void closeFirstClosesApiOpenedProfilesWaitsAndClearsThem() {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 20)
                .open(id(3), id(4))
                .openByHand(id(7))
                .closeLagReads(2);

        RunSummary summary =
                engine(api).run(request(ids(1, 20), 50, OpenProfilePolicy.CLOSE_FIRST), listener, () -> false);

        listener.assertEachEndedOnce(ids(1, 20), summary);
        assertThat(listener.status(3)).isEqualTo(RowStatus.CLEARED);
        assertThat(listener.status(4)).isEqualTo(RowStatus.CLEARED);
        assertThat(listener.last(id(7)))
                .isEqualTo(new RowState(RowStatus.SKIPPED_OPEN, 1009, "opened by hand in ixBrowser; close it there"));
        assertThat(api.clearCount(id(7))).isZero();
        assertThat(time.elapsedMillis()).isBetween(1_000L, 2_000L);
        assertThat(summary.count(RowStatus.CLEARED)).isEqualTo(19);
    }

    @Test
    void closeFirstGivesUpAfterTheBoundedWait() {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 5).open(id(2)).closeLagReads(1_000);

        RunSummary summary =
                engine(api).run(request(ids(1, 5), 50, OpenProfilePolicy.CLOSE_FIRST), listener, () -> false);

        listener.assertEachEndedOnce(ids(1, 5), summary);
        assertThat(listener.status(2)).isEqualTo(RowStatus.SKIPPED_OPEN);
        assertThat(listener.last(id(2)).message()).contains("still open");
        assertThat(time.elapsedMillis()).isBetween(10_000L, 11_000L);
        assertThat(api.calls(Method.OPEN_PROFILES)).isBetween(15, 25);
    }

    @Test
    void includePolicySendsOpenProfilesAndIsolatesARefusal() {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 40).open(id(13)).openProfiles(OpenProfiles.REFUSE_WHOLE_BATCH);

        RunSummary summary = engine(api).run(request(ids(1, 40), 20, OpenProfilePolicy.INCLUDE), listener, () -> false);

        listener.assertEachEndedOnce(ids(1, 40), summary);
        assertThat(api.calls(Method.OPEN_PROFILES)).isZero();
        assertThat(listener.last(id(13)))
                .isEqualTo(new RowState(RowStatus.SKIPPED_OPEN, 111003, "Profile already open"));
        assertThat(summary.count(RowStatus.CLEARED)).isEqualTo(39);
        assertNobodyClearedTwice(api);
    }

    @Test
    void includePolicyClearsOpenProfilesWhereTheClientAllowsIt() {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 10).open(id(2)).openProfiles(OpenProfiles.CLEAR);

        RunSummary summary = engine(api).run(request(ids(1, 10), 50, OpenProfilePolicy.INCLUDE), listener, () -> false);

        assertThat(summary.allCleared()).isTrue();
        assertThat(api.totalCalls()).isEqualTo(1);
    }

    @Test
    void aFailedOpenCheckGivesOneNoticeAndGoesOn() {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 10);
        api.script(Method.OPEN_PROFILES, FakeLocalApi.apiError(1004, "System error", FailureClass.TRANSIENT));

        RunSummary summary = engine(api).run(request(ids(1, 10), 50, OpenProfilePolicy.SKIP), listener, () -> false);

        assertThat(summary.allCleared()).isTrue();
        assertThat(listener.notices).hasSize(1);
        assertThat(listener.notices.get(0)).contains("as if none were open");
        assertThat(summary.notices()).isEqualTo(listener.notices);
        assertThat(summary.stoppedEarly()).isFalse();
    }

    @Test
    void anOperatorFailureOfTheOpenCheckStopsBeforeAnyClear() {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 10);
        api.script(Method.OPEN_PROFILES, FakeLocalApi.notRunning());

        RunSummary summary = engine(api).run(request(ids(1, 10), 50, OpenProfilePolicy.SKIP), listener, () -> false);

        listener.assertEachEndedOnce(ids(1, 10), summary);
        assertThat(api.calls(Method.CLEAR)).isZero();
        assertThat(summary.count(RowStatus.NOT_ATTEMPTED)).isEqualTo(10);
        assertThat(listener.notices).containsExactly("Run stopped: ixBrowser is not running at http://127.0.0.1:53200");
    }

    @Test
    void operatorFailureMidRunStopsOnceWithNotAttemptedForTheRest() {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 200);
        api.failClearCall(3, FakeLocalApi.apiError(1002, "Please log in again", FailureClass.OPERATOR));

        RunSummary summary = engine(api).run(request(ids(1, 200), 50, OpenProfilePolicy.SKIP), listener, () -> false);

        listener.assertEachEndedOnce(ids(1, 200), summary);
        assertThat(api.calls(Method.CLEAR)).isEqualTo(3);
        assertThat(listener.notices).hasSize(1);
        assertThat(listener.notices.get(0)).contains("log in again").contains("1002");
        assertThat(summary.count(RowStatus.CLEARED)).isEqualTo(100);
        assertThat(summary.count(RowStatus.NOT_ATTEMPTED)).isEqualTo(100);
        assertThat(listener.last(id(150)).message()).startsWith("not cleared, the run stopped: Please log in again");
        assertThat(summary.stopReason()).contains("log in again");
    }

    @Test
    void aPermanentFailureFailsItsChunkAndTheRunGoesOn() {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 30);
        api.failClearCall(2, FakeLocalApi.apiError(1001, "Invalid request", FailureClass.PERMANENT));

        RunSummary summary = engine(api).run(request(ids(1, 30), 10, OpenProfilePolicy.SKIP), listener, () -> false);

        listener.assertEachEndedOnce(ids(1, 30), summary);
        assertThat(listener.last(id(15))).isEqualTo(RowState.failed(1001, "Invalid request"));
        assertThat(summary.count(RowStatus.FAILED)).isEqualTo(10);
        assertThat(summary.count(RowStatus.CLEARED)).isEqualTo(20);
        assertThat(summary.stoppedEarly()).isFalse();
    }

    @Test
    void aTransientFailureTheClientGaveUpOnFailsTheChunkAndATimeoutLeavesItUnconfirmed() {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 30);
        api.failClearCall(1, FakeLocalApi.apiError(1004, "System error", FailureClass.TRANSIENT));
        api.failClearCall(
                2, new ApiOutcome.TransportError<>(ApiOutcome.TransportFailure.RESPONSE_TIMEOUT, "no answer in 20 s"));

        RunSummary summary = engine(api).run(request(ids(1, 30), 10, OpenProfilePolicy.SKIP), listener, () -> false);

        listener.assertEachEndedOnce(ids(1, 30), summary);
        assertThat(listener.last(id(1)).status()).isEqualTo(RowStatus.FAILED);
        assertThat(listener.last(id(1)).code()).isEqualTo(1004);
        assertThat(listener.status(11)).isEqualTo(RowStatus.NOT_CONFIRMED);
        assertThat(listener.status(21)).isEqualTo(RowStatus.CLEARED);
        assertThat(time.elapsedMillis()).isZero();
    }

    @Test
    void aChunkRefusedAsTooFastIsSentAgainAfterAPauseAndTheRunStaysSlowerForAWhile() {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 30);
        ApiOutcome<Object> tooFast = FakeLocalApi.apiError(1010, "Operation too fast", FailureClass.TRANSIENT);
        api.failClearCall(1, tooFast);
        api.failClearCall(2, tooFast);
        List<Long> sentAt = new ArrayList<>();
        api.beforeClear(n -> sentAt.add(time.elapsedMillis()));

        RunSummary summary = engine(api).run(request(ids(1, 30), 10, OpenProfilePolicy.SKIP), listener, () -> false);

        listener.assertEachEndedOnce(ids(1, 30), summary);
        assertThat(summary.allCleared()).isTrue();
        assertThat(api.log())
                .containsExactly(
                        "open-list",
                        "profile-clear-cache " + ids(1, 10),
                        "profile-clear-cache " + ids(1, 10),
                        "profile-clear-cache " + ids(1, 10),
                        "profile-clear-cache " + ids(11, 20),
                        "profile-clear-cache " + ids(21, 30));
        // 500 ms after the first 1010, doubled after the second, then eased off by a quarter per success.
        assertThat(sentAt).containsExactly(0L, 500L, 1_500L, 2_250L, 2_813L);
        assertThat(listener.events.get(id(1)))
                .extracting(RowState::status)
                .containsExactly(
                        RowStatus.QUEUED,
                        RowStatus.RUNNING,
                        RowStatus.QUEUED,
                        RowStatus.RUNNING,
                        RowStatus.QUEUED,
                        RowStatus.RUNNING,
                        RowStatus.CLEARED);
        assertThat(listener.notices).singleElement().asString().contains("too fast (1010)");
    }

    @Test
    void aChunkStillRefusedAsTooFastAfterItsRetriesFailsWithTheCodeAndTheRunGoesOn() {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 20);
        int tries = 1 + ClearEngine.TOO_FAST_RETRY_LIMIT;
        for (int n = 1; n <= tries; n++) {
            api.failClearCall(n, FakeLocalApi.apiError(1010, "Operation too fast", FailureClass.TRANSIENT));
        }

        RunSummary summary = engine(api).run(request(ids(1, 20), 10, OpenProfilePolicy.SKIP), listener, () -> false);

        listener.assertEachEndedOnce(ids(1, 20), summary);
        assertThat(api.calls(Method.CLEAR)).isEqualTo(tries + 1);
        assertThat(listener.last(id(1)).status()).isEqualTo(RowStatus.FAILED);
        assertThat(listener.last(id(1)).code()).isEqualTo(1010);
        assertThat(listener.last(id(1)).message()).contains("still failing after retries");
        assertThat(summary.count(RowStatus.CLEARED)).isEqualTo(10);
        // 0.5 + 1 + 2 + 4 + 8 s of pauses, then the pause is capped at 8 s for the next chunk.
        assertThat(time.elapsedMillis()).isEqualTo(500L + 1_000 + 2_000 + 4_000 + 8_000 + 8_000);
    }

    @Test
    void cancelDuringATooFastPauseLeavesTheChunkNotAttempted() {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 20);
        api.failClearCall(1, FakeLocalApi.apiError(1010, "Operation too fast", FailureClass.TRANSIENT));
        AtomicBoolean cancel = new AtomicBoolean();
        ClearEngine engine = new ClearEngine(
                api,
                time,
                millis -> {
                    time.sleep(millis);
                    cancel.set(true);
                },
                Duration.ofSeconds(10),
                Duration.ofMillis(500));

        RunSummary summary = engine.run(request(ids(1, 20), 10, OpenProfilePolicy.SKIP), listener, cancel::get);

        listener.assertEachEndedOnce(ids(1, 20), summary);
        assertThat(summary.cancelled()).isTrue();
        assertThat(api.calls(Method.CLEAR)).isEqualTo(1);
        assertThat(summary.count(RowStatus.NOT_ATTEMPTED)).isEqualTo(20);
        assertThat(time.elapsedMillis()).isLessThanOrEqualTo(100);
    }

    @Test
    void cancelMidRunLeavesTheRestNotAttemptedAndReturnsWithinASecond() {
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicLong cancelledAt = new AtomicLong();
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 500).latency(150);
        api.beforeClear(n -> {
            if (n == 3) {
                cancelledAt.set(System.nanoTime());
                cancel.set(true);
            }
        });

        RunSummary summary =
                engine(api).run(request(ids(1, 500), 50, OpenProfilePolicy.INCLUDE), listener, cancel::get);
        long afterCancel = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cancelledAt.get());

        listener.assertEachEndedOnce(ids(1, 500), summary);
        assertThat(afterCancel).isLessThan(1_000);
        assertThat(summary.cancelled()).isTrue();
        // The chunk in flight at cancel answered within the grace period: recorded truthfully as cleared.
        assertThat(summary.count(RowStatus.CLEARED)).isEqualTo(150);
        assertThat(summary.count(RowStatus.NOT_ATTEMPTED)).isEqualTo(350);
        assertThat(api.calls(Method.CLEAR)).isEqualTo(3);
        assertThat(listener.last(id(400)).message()).contains("cancelled");
    }

    @Test
    void cancelDuringAHangingRequestReturnsWithinASecondAndLeavesItsRowsUnconfirmed() {
        AtomicBoolean cancel = new AtomicBoolean();
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 100).latency(5_000);
        CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS).execute(() -> cancel.set(true));

        long start = System.nanoTime();
        RunSummary summary =
                engine(api).run(request(ids(1, 100), 50, OpenProfilePolicy.INCLUDE), listener, cancel::get);

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1_200);
        listener.assertEachEndedOnce(ids(1, 100), summary);
        assertThat(summary.count(RowStatus.NOT_CONFIRMED)).isEqualTo(50);
        assertThat(summary.count(RowStatus.NOT_ATTEMPTED)).isEqualTo(50);
    }

    @Test
    void anInterruptStopsTheRunLikeCancelAndIsKept() throws Exception {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 300).latency(100);
        AtomicReference<RunSummary> result = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread worker = new Thread(() -> {
            result.set(engine(api).run(request(ids(1, 300), 50, OpenProfilePolicy.INCLUDE), listener, () -> false));
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        worker.start();
        Thread.sleep(250);
        worker.interrupt();
        worker.join(1_000);

        assertThat(worker.isAlive()).isFalse();
        assertThat(stillInterrupted).isTrue();
        assertThat(result.get().cancelled()).isTrue();
        listener.assertEachEndedOnce(ids(1, 300), result.get());
        assertThat(result.get().count(RowStatus.NOT_ATTEMPTED)).isPositive();
    }

    @Test
    void duplicatesAreDroppedAndTheFirstOrderIsKept() {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 5);
        List<ProfileId> withDupes = List.of(id(3), id(1), id(3), id(5), id(1), id(2));

        RunSummary summary = engine(api).run(request(withDupes, 2, OpenProfilePolicy.SKIP), listener, () -> false);

        listener.assertEachEndedOnce(withDupes, summary);
        assertThat(summary.finalStates().keySet()).containsExactly(id(3), id(1), id(5), id(2));
        assertThat(summary.total()).isEqualTo(4);
        assertThat(api.log()).contains("profile-clear-cache [3, 1]", "profile-clear-cache [5, 2]");
        assertNobodyClearedTwice(api);
    }

    @Test
    void dryRunReadsButNeverWritesAndSaysWhatWouldHappen() {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 10).open(id(4));
        List<ProfileId> all = new ArrayList<>(ids(1, 10));
        all.add(id(99));

        RunSummary summary = engine(api)
                .run(
                        new ClearRequest(all, ClearMode.CACHE_AND_COOKIES, 50, OpenProfilePolicy.SKIP, true),
                        listener,
                        () -> false);

        listener.assertEachEndedOnce(all, summary);
        assertThat(api.calls(Method.CLEAR) + api.calls(Method.CLOSE)).isZero();
        assertThat(api.clearCounts()).isEmpty();
        assertThat(summary.dryRun()).isTrue();
        assertThat(summary.wouldClear()).isEqualTo(9);
        assertThat(listener.last(id(1))).isEqualTo(RowState.of(RowStatus.NOT_ATTEMPTED, "dry run: would clear"));
        assertThat(listener.status(4)).isEqualTo(RowStatus.SKIPPED_OPEN);
        assertThat(listener.status(99)).isEqualTo(RowStatus.NOT_FOUND);
    }

    @Test
    void aCancelledDryRunDoesNotCountUnplannedRowsAsWouldClear() {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 10);

        RunSummary summary = engine(api)
                .run(
                        new ClearRequest(ids(1, 10), ClearMode.CACHE, 50, OpenProfilePolicy.SKIP, true),
                        listener,
                        () -> true);

        listener.assertEachEndedOnce(ids(1, 10), summary);
        assertThat(summary.count(RowStatus.NOT_ATTEMPTED)).isEqualTo(10);
        assertThat(summary.wouldClear()).isZero();
        assertThat(api.totalCalls()).isZero();
    }

    @Test
    void anEmptyRequestEndsAtOnceWithoutRequests() {
        RunSummary summary =
                engine(new FakeLocalApi()).run(ClearRequest.of(List.of(), ClearMode.CACHE), listener, () -> false);

        assertThat(summary.total()).isZero();
        assertThat(summary.requests()).isZero();
    }

    @Test
    void aFailingListenerDoesNotStopTheRun() {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 10);
        ClearListener broken = (id, state) -> {
            throw new IllegalStateException("listener bug");
        };

        RunSummary summary = engine(api).run(request(ids(1, 10), 3, OpenProfilePolicy.SKIP), broken, () -> false);

        assertThat(summary.allCleared()).isTrue();
    }

    /** Many random mixes of unknown, open, omitted IDs and failures: the promises hold in each. */
    @Test
    void everyIdEndsExactlyOnceAndNobodyIsClearedTwiceWhateverHappens() {
        Random random = new Random(42);
        for (int round = 0; round < 60; round++) {
            FakeLocalApi api = FakeLocalApi.withProfiles(1, 300)
                    .unknownIds(random.nextBoolean() ? UnknownIds.OMIT : UnknownIds.FAIL_WHOLE_BATCH)
                    .openProfiles(random.nextBoolean() ? OpenProfiles.CLEAR : OpenProfiles.REFUSE_WHOLE_BATCH);
            List<ProfileId> all = new ArrayList<>();
            int size = 1 + random.nextInt(400);
            for (int i = 0; i < size; i++) {
                all.add(id(1 + random.nextInt(random.nextBoolean() ? 300 : 330)));
            }
            for (int i = 0; i < random.nextInt(4); i++) {
                api.open(id(1 + random.nextInt(300)));
            }
            for (int i = 0; i < random.nextInt(3); i++) {
                int call = 1 + random.nextInt(12);
                switch (random.nextInt(3)) {
                    case 0 -> api.failClearCall(call, FakeLocalApi.apiError(1001, "Invalid", FailureClass.PERMANENT));
                    case 1 -> api.failClearCall(call, FakeLocalApi.apiError(1004, "Busy", FailureClass.TRANSIENT));
                    default -> api.failClearCall(call, FakeLocalApi.notRunning());
                }
            }
            OpenProfilePolicy policy = OpenProfilePolicy.values()[random.nextInt(3)];
            int chunk = 1 + random.nextInt(60);
            RecordingListener recorder = new RecordingListener();

            RunSummary summary = engine(api)
                    .run(new ClearRequest(all, ClearMode.CACHE, chunk, policy, false), recorder, () -> false);

            recorder.assertEachEndedOnce(all, summary);
            assertNobodyClearedTwice(api);
            summary.finalStates().forEach((id, state) -> {
                if (state.status() == RowStatus.CLEARED) {
                    assertThat(api.clearCount(id)).as("cleared %s", id).isEqualTo(1);
                }
            });
            assertThat(recorder.notices.stream().filter(n -> n.startsWith("Run stopped")))
                    .hasSizeLessThanOrEqualTo(1);
        }
    }
}
