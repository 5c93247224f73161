package com.ixsweep.batch;

import com.ixsweep.api.ApiOutcome;
import com.ixsweep.api.FailureClass;
import com.ixsweep.api.LocalApi;
import com.ixsweep.api.ProfileQuery;
import com.ixsweep.model.Profile;
import com.ixsweep.model.ProfileId;
import com.ixsweep.model.RowState;
import com.ixsweep.model.RowStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns "clear these profiles" into chunked, verified, polite Local API calls and reports every profile's final
 * state. Plain Java; {@link #run} blocks and must be called from a worker thread, never the FX thread. One engine may
 * serve several runs one after another, or at the same time from different threads (runs share nothing but the
 * {@link LocalApi}, which limits concurrency itself).
 *
 * <p>What a run does, in order:
 *
 * <ol>
 *   <li>De-duplicates the IDs (first seen kept) and reports each one {@link RowStatus#QUEUED}.
 *   <li>Pre-check: reads the open profiles (unless the policy is {@link OpenProfilePolicy#INCLUDE} on a real run)
 *       and skips, closes or keeps them. An operator-level failure of the check stops the run; any other failure
 *       gives one notice and the run goes on as if no profile were open.
 *   <li>Sends chunks of {@link ClearRequest#chunkSize()} one at a time. IDs listed in the answer are
 *       {@link RowStatus#CLEARED}; IDs missing from a success are sent once more alone, then
 *       {@link RowStatus#NOT_CONFIRMED} (after {@value #FUTILE_RETRY_LIMIT} retries in a row that confirmed nothing,
 *       without the retry). A chunk refused with a per-profile code (2007, 1014, 111003) is halved until
 *       the offending IDs stand alone: 2007 becomes {@link RowStatus#NOT_FOUND}, 111003 (already open)
 *       {@link RowStatus#SKIPPED_OPEN}, anything else {@link RowStatus#FAILED} with the code. When the first half of
 *       a refused chunk is accepted, the second half must hold the refused ID: it is halved at once instead of being
 *       sent whole (a single ID is always sent, so every final state comes from an answer).
 *   <li>A transient failure that the client gave up on (it retries with backoff itself) fails that chunk's IDs
 *       (retryable), except a response timeout, after which ixBrowser may have cleared them: those are
 *       {@link RowStatus#NOT_CONFIRMED}; and except 1010 ("operation too fast"): then the whole run slows down (a
 *       pause before every request, at least {@value #FIRST_TOO_FAST_PAUSE_MILLIS} ms, doubled on every further 1010 up
 *       to {@value #MAX_TOO_FAST_PAUSE_MILLIS} ms, eased off by a quarter on every success) and the chunk is sent
 *       again, up to {@value #TOO_FAST_RETRY_LIMIT} times, before its IDs fail with 1010. A permanent failure fails the chunk and the run goes on. An operator-level
 *       failure (not running, logged out, too old, no permission) stops the run with one notice; every row not
 *       cleared yet ends {@link RowStatus#NOT_ATTEMPTED}.
 *   <li>Cancel (the {@link CancelSignal} or an interrupt of the calling thread) is checked between requests and
 *       every 50 ms while waiting; a request in flight gets up to {@link #IN_FLIGHT_GRACE_MILLIS} ms to answer and
 *       its answer is recorded if it comes, otherwise its IDs are {@link RowStatus#NOT_CONFIRMED}.
 * </ol>
 *
 * <p>A dry run makes the same reads (plus the profile list, to find IDs that do not exist) and no write: open
 * profiles under {@link OpenProfilePolicy#SKIP} end {@link RowStatus#SKIPPED_OPEN}, IDs missing from the profile list
 * {@link RowStatus#NOT_FOUND}, and every row a real run would send ends {@link RowStatus#NOT_ATTEMPTED} with a
 * message starting {@value RunSummary#DRY_RUN_PREFIX} ("dry run: would clear").
 */
public final class ClearEngine {

    private static final Logger LOG = LoggerFactory.getLogger(ClearEngine.class);

    /** How long a request in flight may still answer after cancel before its rows are given up as not confirmed. */
    public static final long IN_FLIGHT_GRACE_MILLIS = 600;

    /** Default bound on waiting for closed profiles to disappear from the open lists. */
    public static final Duration DEFAULT_CLOSE_WAIT = Duration.ofSeconds(15);

    /** Default pause between two reads of the open lists while waiting for profiles to close. */
    public static final Duration DEFAULT_CLOSE_POLL = Duration.ofMillis(500);

    static final int CODE_NOT_FOUND = 2007;
    static final int CODE_ALREADY_OPEN = 111003;
    static final int CODE_PROCESS_NOT_FOUND = 1009;

    private static final long WAIT_SLICE_MILLIS = 50;

    /**
     * After this many retries alone in a row that did not confirm anything, IDs left out of a success are marked
     * Not confirmed without a retry: a client that answers success with an empty or partial list would otherwise
     * cost one extra call per profile.
     */
    static final int FUTILE_RETRY_LIMIT = 10;

    static final int CODE_TOO_FAST = 1010;

    /** The pause before each request after the first 1010 the client gave up on. */
    static final long FIRST_TOO_FAST_PAUSE_MILLIS = 500;

    /** The longest pause before each request, however often ixBrowser says 1010. */
    static final long MAX_TOO_FAST_PAUSE_MILLIS = 8_000;

    /** Below this the pause is dropped: the run is back at full speed. */
    private static final long MIN_TOO_FAST_PAUSE_MILLIS = 50;

    /**
     * How often one chunk refused with 1010 (after the client's own retries) is sent again, each time after a longer
     * pause, before its IDs fail: the storm then outlasted about 15 s of slowing down.
     */
    static final int TOO_FAST_RETRY_LIMIT = 5;

    private final LocalApi api;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration closeWait;
    private final Duration closePoll;

    public ClearEngine(LocalApi api) {
        this(api, Clock.systemUTC(), Sleeper.SYSTEM, DEFAULT_CLOSE_WAIT, DEFAULT_CLOSE_POLL);
    }

    /**
     * @param clock measures the bounded wait for closed profiles (tests pass a clock their sleeper advances)
     * @param sleeper sleeps between polls of the open lists
     * @param closeWait how long to wait, at most, for profiles closed by {@link OpenProfilePolicy#CLOSE_FIRST}
     * @param closePoll pause between two polls of the open lists
     */
    public ClearEngine(LocalApi api, Clock clock, Sleeper sleeper, Duration closeWait, Duration closePoll) {
        this.api = Objects.requireNonNull(api, "api");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.closeWait = Objects.requireNonNull(closeWait, "closeWait");
        this.closePoll = Objects.requireNonNull(closePoll, "closePoll");
    }

    /**
     * Runs one request to the end (or until cancelled); every distinct ID receives exactly one final state through
     * {@code listener}, which is called on this (the calling) thread. Blocks; call from a worker thread. If the
     * calling thread is interrupted the run stops as if cancelled and the interrupt flag is set again on return.
     */
    public RunSummary run(ClearRequest request, ClearListener listener, CancelSignal cancel) {
        Objects.requireNonNull(request, "request");
        return new Run(
                        request,
                        listener == null ? ClearListener.NONE : listener,
                        cancel == null ? CancelSignal.NEVER : cancel)
                .execute();
    }

    /** One run's mutable state; used by the calling thread only. */
    private final class Run {
        private final ClearRequest request;
        private final ClearListener listener;
        private final CancelSignal cancel;
        private final Map<ProfileId, RowState> states = new LinkedHashMap<>();
        /** Sent, answered with a success that did not list them, and waiting for their retry alone. */
        private final Set<ProfileId> unconfirmed = new HashSet<>();

        private final List<String> notices = new ArrayList<>();
        private final long startNanos = System.nanoTime();
        private ExecutorService requestThread;
        private int requests;
        private String stopReason = "";
        private boolean cancelled;
        private boolean interrupted;
        private boolean answerLost;
        private boolean listenerFailed;
        private int futileRetries;
        /** Pause before each request while ixBrowser says requests come too fast (1010); 0 at full speed. */
        private long tooFastPauseMillis;
        /** When the last answer came ({@link #clock} millis), for the pause before the next request. */
        private long lastAnswerMillis;

        private boolean slowedDown;

        Run(ClearRequest request, ClearListener listener, CancelSignal cancel) {
            this.request = request;
            this.listener = listener;
            this.cancel = cancel;
        }

        RunSummary execute() {
            List<ProfileId> ids = new ArrayList<>(new LinkedHashSet<>(request.ids()));
            LOG.info(
                    "Run starting: {} profiles ({} duplicates dropped), mode {}, chunk {}, open {}, dry run {}",
                    ids.size(),
                    request.ids().size() - ids.size(),
                    request.mode().cliName(),
                    request.chunkSize(),
                    request.openPolicy(),
                    request.dryRun());
            for (ProfileId id : ids) {
                move(id, RowState.of(RowStatus.QUEUED));
            }
            requestThread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "ixsweep-clear-request");
                t.setDaemon(true);
                return t;
            });
            try {
                if (!ids.isEmpty()) {
                    plan(ids);
                }
            } finally {
                // shutdown, not shutdownNow: a request abandoned after cancel may finish on its own.
                requestThread.shutdown();
            }
            finishRemaining();
            RunSummary summary = summary();
            LOG.info(
                    "Run finished{}: {} profiles, {}, {} requests in {} ms{}",
                    request.dryRun() ? " (dry run)" : "",
                    summary.total(),
                    summary.counts(),
                    summary.requests(),
                    summary.duration().toMillis(),
                    summary.stoppedEarly() ? ", stopped: " + summary.stopReason() : "");
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return summary;
        }

        private void plan(List<ProfileId> ids) {
            Set<ProfileId> open = Set.of();
            boolean checkOpen = request.dryRun() || request.openPolicy() != OpenProfilePolicy.INCLUDE;
            if (checkOpen) {
                ApiOutcome<Set<ProfileId>> outcome = call(api::openProfiles);
                if (outcome == null) {
                    return;
                }
                if (outcome instanceof ApiOutcome.Ok<Set<ProfileId>> ok) {
                    open = new HashSet<>(ok.data());
                    open.retainAll(states.keySet());
                } else if (outcome.failureClass() == FailureClass.OPERATOR) {
                    stop(outcome);
                    return;
                } else {
                    notice("Could not read which profiles are open (" + describe(outcome)
                            + "); going on as if none were open, so open profiles may be refused or left as they"
                            + " are.");
                }
            }
            if (request.dryRun()) {
                dryRun(ids, open);
                return;
            }
            List<ProfileId> openInOrder = ids.stream().filter(open::contains).toList();
            switch (request.openPolicy()) {
                case SKIP ->
                    openInOrder.forEach(id -> move(
                            id,
                            RowState.of(
                                    RowStatus.SKIPPED_OPEN, "open in ixBrowser: close it and run again to clear it")));
                case CLOSE_FIRST -> {
                    if (!openInOrder.isEmpty()) {
                        closeAndWait(openInOrder);
                    }
                }
                case INCLUDE -> {
                    // Sent like any other; a refusal (111003) is isolated by bisection.
                }
            }
            if (stopped()) {
                return;
            }
            send(ids.stream().filter(id -> !isFinal(id)).toList());
        }

        private void dryRun(List<ProfileId> ids, Set<ProfileId> open) {
            Set<ProfileId> known = null;
            ApiOutcome<List<Profile>> listed = call(() -> api.listProfiles(ProfileQuery.ALL));
            if (listed == null) {
                return;
            }
            if (listed instanceof ApiOutcome.Ok<List<Profile>> ok) {
                known = new HashSet<>();
                for (Profile p : ok.data()) {
                    known.add(p.id());
                }
            } else if (listed.failureClass() == FailureClass.OPERATOR) {
                stop(listed);
                return;
            } else {
                notice("Could not read the profile list (" + describe(listed)
                        + "); the dry run cannot tell which IDs do not exist.");
            }
            String prefix = RunSummary.DRY_RUN_PREFIX;
            for (ProfileId id : ids) {
                if (known != null && !known.contains(id)) {
                    move(id, new RowState(RowStatus.NOT_FOUND, 0, prefix + "not in ixBrowser's profile list"));
                } else if (open.contains(id)) {
                    switch (request.openPolicy()) {
                        case SKIP -> move(id, RowState.of(RowStatus.SKIPPED_OPEN, prefix + "open, would be skipped"));
                        case CLOSE_FIRST ->
                            move(id, RowState.of(RowStatus.NOT_ATTEMPTED, prefix + "open, would close it, then clear"));
                        case INCLUDE ->
                            move(id, RowState.of(RowStatus.NOT_ATTEMPTED, prefix + "open, would clear it anyway"));
                    }
                } else {
                    move(id, RowState.of(RowStatus.NOT_ATTEMPTED, prefix + "would clear"));
                }
            }
        }

        /** Closes these open profiles in batches, then polls until they are gone or the wait runs out. */
        private void closeAndWait(List<ProfileId> targets) {
            Set<ProfileId> byHand = new HashSet<>();
            Map<ProfileId, ApiOutcome<?>> closeFailed = new HashMap<>();
            boolean anyClosed = false;
            Deque<List<ProfileId>> batches = new ArrayDeque<>(partition(targets, request.chunkSize()));
            while (!batches.isEmpty()) {
                List<ProfileId> batch = batches.pollFirst();
                if (stopRequested()) {
                    return;
                }
                ApiOutcome<List<ProfileId>> outcome = call(() -> api.closeProfiles(batch));
                if (outcome == null) {
                    return;
                }
                if (outcome.isOk()) {
                    anyClosed = true;
                } else if (outcome.code() == CODE_PROCESS_NOT_FOUND && batch.size() > 1) {
                    // Some of them were opened by hand: ask one by one to tell which (open profiles are few).
                    for (int i = batch.size() - 1; i >= 0; i--) {
                        batches.addFirst(List.of(batch.get(i)));
                    }
                } else if (outcome.code() == CODE_PROCESS_NOT_FOUND) {
                    byHand.addAll(batch);
                } else if (outcome.failureClass() == FailureClass.OPERATOR) {
                    stop(outcome);
                    return;
                } else {
                    batch.forEach(id -> closeFailed.put(id, outcome));
                }
            }
            Set<ProfileId> stillOpen = new LinkedHashSet<>(targets);
            Instant deadline = clock.instant().plus(closeWait);
            while (true) {
                if (anyClosed && !pause(closePoll.toMillis())) {
                    return;
                }
                ApiOutcome<Set<ProfileId>> outcome = call(api::openProfiles);
                if (outcome == null) {
                    return;
                }
                if (outcome instanceof ApiOutcome.Ok<Set<ProfileId>> ok) {
                    stillOpen.retainAll(ok.data());
                } else if (outcome.failureClass() == FailureClass.OPERATOR) {
                    stop(outcome);
                    return;
                }
                // Poll until every profile ixBrowser agreed to close is gone, or out of time; the others (opened
                // by hand, close refused) will not go away by waiting.
                boolean waitingForAny =
                        stillOpen.stream().anyMatch(id -> !byHand.contains(id) && !closeFailed.containsKey(id));
                if (!waitingForAny || !anyClosed || !clock.instant().isBefore(deadline)) {
                    break;
                }
            }
            for (ProfileId id : stillOpen) {
                if (byHand.contains(id)) {
                    move(
                            id,
                            new RowState(
                                    RowStatus.SKIPPED_OPEN,
                                    CODE_PROCESS_NOT_FOUND,
                                    "opened by hand in ixBrowser; close it there"));
                } else if (closeFailed.containsKey(id)) {
                    ApiOutcome<?> failure = closeFailed.get(id);
                    move(
                            id,
                            new RowState(
                                    RowStatus.SKIPPED_OPEN,
                                    failure.code(),
                                    "open, and closing it failed: " + failure.describe()));
                } else {
                    move(
                            id,
                            RowState.of(
                                    RowStatus.SKIPPED_OPEN,
                                    "still open " + closeWait.toSeconds() + " s after closing it; close it in"
                                            + " ixBrowser and run again"));
                }
            }
        }

        private void send(List<ProfileId> toSend) {
            Deque<Job> work = new ArrayDeque<>();
            for (List<ProfileId> chunk : partition(toSend, request.chunkSize())) {
                work.addLast(new Job(chunk, false, 0, null, false));
            }
            while (!work.isEmpty() && !stopRequested()) {
                sendOne(work.pollFirst(), work);
            }
        }

        private void sendOne(Job job, Deque<Job> work) {
            List<ProfileId> ids = job.ids();
            if (job.retryAlone() && futileRetries >= FUTILE_RETRY_LIMIT) {
                ids.forEach(id -> {
                    end(
                            id,
                            RowState.of(
                                    RowStatus.NOT_CONFIRMED,
                                    "ixBrowser answered success without listing it as cleared"));
                });
                return;
            }
            if (job.holdsTheRefusal() && ids.size() > 1) {
                split(job, work); // it would be refused for sure: one request saved per level
                return;
            }
            if (!waitWhileTooFast()) {
                return; // stopped while slowed down: the rows were not sent and end Not attempted
            }
            ids.forEach(id -> move(id, RowState.of(RowStatus.RUNNING)));
            ApiOutcome<List<ProfileId>> outcome = call(() -> api.clear(request.mode(), ids));
            if (outcome == null) {
                if (answerLost) {
                    ids.forEach(id -> end(
                            id,
                            RowState.of(
                                    RowStatus.NOT_CONFIRMED,
                                    "cancelled while the request was in flight; ixBrowser may have cleared it")));
                }
                return;
            }
            boolean goingOn = !stopRequested();
            if (outcome instanceof ApiOutcome.Ok<List<ProfileId>> ok) {
                if (job.split() != null && job.first()) {
                    job.split().firstAccepted = true;
                }
                Set<ProfileId> cleared = new HashSet<>(ok.data());
                List<ProfileId> retry = new ArrayList<>();
                if (job.retryAlone()) {
                    futileRetries = cleared.containsAll(ids) ? 0 : futileRetries + 1;
                    if (futileRetries == FUTILE_RETRY_LIMIT) {
                        notice("Retrying profiles alone confirmed none of the last " + FUTILE_RETRY_LIMIT
                                + "; from now on a profile ixBrowser leaves out of its answer is marked Not confirmed"
                                + " without a retry.");
                    }
                }
                for (ProfileId id : ids) {
                    if (cleared.contains(id)) {
                        end(id, RowState.of(RowStatus.CLEARED));
                    } else if (job.retryAlone()) {
                        end(
                                id,
                                RowState.of(
                                        RowStatus.NOT_CONFIRMED,
                                        "ixBrowser answered success twice without listing it as cleared"));
                    } else if (futileRetries >= FUTILE_RETRY_LIMIT) {
                        end(
                                id,
                                RowState.of(
                                        RowStatus.NOT_CONFIRMED,
                                        "ixBrowser answered success without listing it as cleared"));
                    } else {
                        unconfirmed.add(id);
                        move(id, RowState.of(RowStatus.QUEUED));
                        retry.add(id);
                    }
                }
                if (LOG.isDebugEnabled() && !ids.containsAll(cleared)) {
                    LOG.debug("Answer listed IDs that were not sent; ignored: {}", cleared);
                }
                for (int i = retry.size() - 1; i >= 0; i--) {
                    work.addFirst(new Job(List.of(retry.get(i)), true, 0, null, false));
                }
                return;
            }
            FailureClass failureClass = outcome.failureClass();
            if (failureClass == FailureClass.PER_PROFILE) {
                if (ids.size() == 1) {
                    end(ids.get(0), perProfileState(outcome));
                } else if (goingOn) {
                    ids.forEach(id -> move(id, RowState.of(RowStatus.QUEUED)));
                    split(job, work);
                }
                // Cancelled before the split: the rows end Not attempted (they were refused, not cleared).
                return;
            }
            if (failureClass == FailureClass.OPERATOR) {
                stop(outcome);
                return;
            }
            if (isTooFast(outcome) && goingOn && job.tooFastRetries() < TOO_FAST_RETRY_LIMIT) {
                // The run has slowed down (see call); send this chunk again after the longer pause.
                ids.forEach(id -> move(id, RowState.of(RowStatus.QUEUED)));
                work.addFirst(new Job(ids, job.retryAlone(), job.tooFastRetries() + 1, job.split(), job.first()));
                return;
            }
            RowState state;
            if (outcome instanceof ApiOutcome.TransportError<List<ProfileId>> t
                    && t.kind() == ApiOutcome.TransportFailure.RESPONSE_TIMEOUT) {
                state = RowState.of(
                        RowStatus.NOT_CONFIRMED,
                        "no answer in time; ixBrowser may have cleared it: " + t.description());
            } else if (failureClass == FailureClass.TRANSIENT) {
                state = RowState.failed(outcome.code(), outcome.describe() + " (still failing after retries)");
            } else {
                state = RowState.failed(outcome.code(), outcome.describe());
            }
            for (ProfileId id : ids) {
                end(id, state);
            }
        }

        /** Queues the two halves of a refused job, first half first; its rows are Queued already. */
        private void split(Job job, Deque<Job> work) {
            List<ProfileId> ids = job.ids();
            int half = ids.size() / 2;
            Split split = new Split();
            work.addFirst(new Job(ids.subList(half, ids.size()), job.retryAlone(), 0, split, false));
            work.addFirst(new Job(ids.subList(0, half), job.retryAlone(), 0, split, true));
        }

        private RowState perProfileState(ApiOutcome<?> outcome) {
            int code = outcome.code();
            if (code == CODE_NOT_FOUND) {
                return new RowState(RowStatus.NOT_FOUND, code, outcome.describe());
            }
            if (code == CODE_ALREADY_OPEN) {
                return new RowState(RowStatus.SKIPPED_OPEN, code, outcome.describe());
            }
            return RowState.failed(code, outcome.describe());
        }

        /** Every row still without a final state gets one now. */
        private void finishRemaining() {
            String reason =
                    cancelled ? "run cancelled before it was cleared" : "not cleared, the run stopped: " + stopReason;
            for (Map.Entry<ProfileId, RowState> e : List.copyOf(states.entrySet())) {
                if (e.getValue().status().isFinal()) {
                    continue;
                }
                if (unconfirmed.contains(e.getKey())) {
                    move(
                            e.getKey(),
                            RowState.of(
                                    RowStatus.NOT_CONFIRMED,
                                    "ixBrowser answered without listing it as cleared; the run stopped before it was"
                                            + " checked again"));
                } else {
                    move(e.getKey(), RowState.of(RowStatus.NOT_ATTEMPTED, reason));
                }
            }
        }

        private RunSummary summary() {
            EnumMap<RowStatus, Integer> counts = new EnumMap<>(RowStatus.class);
            for (RowState s : states.values()) {
                counts.merge(s.status(), 1, Integer::sum);
            }
            return new RunSummary(
                    counts,
                    Duration.ofNanos(System.nanoTime() - startNanos),
                    requests,
                    cancelled ? RunSummary.CANCELLED : stopReason,
                    notices,
                    request.dryRun(),
                    states);
        }

        /**
         * Sends one request on the request thread and waits for it, watching for cancel. Returns {@code null} when
         * the request was not sent (cancelled or stopped before) or, with {@link #answerLost} set, when it was sent
         * but the answer did not come within the grace period after cancel.
         */
        private <T> ApiOutcome<T> call(Supplier<ApiOutcome<T>> apiCall) {
            answerLost = false;
            if (stopRequested() || !waitWhileTooFast()) {
                return null;
            }
            CompletableFuture<ApiOutcome<T>> future = CompletableFuture.supplyAsync(apiCall, requestThread);
            requests++;
            long graceEnd = 0;
            boolean inGrace = false;
            while (true) {
                try {
                    ApiOutcome<T> outcome = future.get(WAIT_SLICE_MILLIS, TimeUnit.MILLISECONDS);
                    if (outcome == null) {
                        outcome = new ApiOutcome.BadResponse<>("no outcome from the API client");
                    }
                    paceAfter(outcome);
                    return outcome;
                } catch (TimeoutException e) {
                    if (!inGrace && stopRequested()) {
                        inGrace = true;
                        graceEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(IN_FLIGHT_GRACE_MILLIS);
                    }
                    if (inGrace && System.nanoTime() - graceEnd >= 0) {
                        LOG.info("Gave up waiting for a request in flight after cancel");
                        future.whenComplete((late, error) -> LOG.info(
                                "A request given up after cancel answered later: {}",
                                late == null ? error : late.isOk() ? "ok" : describe(late)));
                        answerLost = true;
                        return null;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                    cancelled = true;
                } catch (ExecutionException e) {
                    LOG.warn("The API client threw instead of returning an outcome", e.getCause());
                    return new ApiOutcome.BadResponse<>("unexpected error in the API client: " + e.getCause());
                }
            }
        }

        /** Slows the run down after a 1010, eases off after a success. */
        private void paceAfter(ApiOutcome<?> outcome) {
            lastAnswerMillis = clock.millis();
            if (isTooFast(outcome)) {
                long before = tooFastPauseMillis;
                tooFastPauseMillis =
                        Math.min(MAX_TOO_FAST_PAUSE_MILLIS, Math.max(FIRST_TOO_FAST_PAUSE_MILLIS, before * 2));
                if (!slowedDown) {
                    slowedDown = true;
                    notice("ixBrowser says requests come too fast (1010): slowing down to one request every "
                            + tooFastPauseMillis + " ms, and speeding up again while it keeps up.");
                } else {
                    LOG.info("Still too fast (1010): {} ms before each request", tooFastPauseMillis);
                }
            } else if (outcome.isOk() && tooFastPauseMillis > 0) {
                tooFastPauseMillis -= tooFastPauseMillis / 4;
                if (tooFastPauseMillis < MIN_TOO_FAST_PAUSE_MILLIS) {
                    tooFastPauseMillis = 0;
                    LOG.info("Back at full speed after 1010");
                }
            }
        }

        /** While slowed down, waits until the pause since the last answer is over; false when the run should stop. */
        private boolean waitWhileTooFast() {
            if (tooFastPauseMillis == 0) {
                return true;
            }
            long left = lastAnswerMillis + tooFastPauseMillis - clock.millis();
            return left <= 0 || pause(left);
        }

        /** Sleeps in small slices, watching for cancel; false when the run should stop. */
        private boolean pause(long millis) {
            Instant end = clock.instant().plusMillis(millis);
            while (!stopRequested()) {
                long left = Duration.between(clock.instant(), end).toMillis();
                if (left <= 0) {
                    return true;
                }
                try {
                    sleeper.sleep(Math.min(left, WAIT_SLICE_MILLIS * 2));
                } catch (InterruptedException e) {
                    interrupted = true;
                    cancelled = true;
                }
            }
            return false;
        }

        private boolean stopRequested() {
            if (!cancelled && Thread.interrupted()) {
                interrupted = true;
                cancelled = true;
            }
            if (!cancelled && cancel.isCancelled()) {
                cancelled = true;
            }
            return cancelled || stopped();
        }

        private boolean stopped() {
            return !stopReason.isEmpty();
        }

        /** Stops the run for an operator-level failure: one notice, no further request. */
        private void stop(ApiOutcome<?> outcome) {
            if (stopped()) {
                return;
            }
            stopReason = describe(outcome);
            notice("Run stopped: " + stopReason);
        }

        private void notice(String message) {
            notices.add(message);
            LOG.info("Notice: {}", message);
            try {
                listener.notice(message);
            } catch (RuntimeException e) {
                LOG.warn("A listener failed on a notice", e);
            }
        }

        private boolean isFinal(ProfileId id) {
            return states.get(id).status().isFinal();
        }

        /** A final state: the ID is no longer waiting for a confirmation. */
        private void end(ProfileId id, RowState state) {
            unconfirmed.remove(id);
            move(id, state);
        }

        private void move(ProfileId id, RowState next) {
            RowState current = states.get(id);
            if (current != null && !current.canBecome(next.status())) {
                LOG.warn("Rejected illegal transition of {} from {} to {}", id, current.status(), next.status());
                return;
            }
            states.put(id, next);
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} -> {} {} {}", id, next.status(), next.code(), next.message());
            }
            try {
                listener.stateChanged(id, next);
            } catch (RuntimeException e) {
                if (!listenerFailed) {
                    listenerFailed = true;
                    LOG.warn("A listener failed on a state change; further failures are not logged", e);
                }
            }
        }
    }

    private static boolean isTooFast(ApiOutcome<?> outcome) {
        return outcome instanceof ApiOutcome.ApiError<?> e && e.code() == CODE_TOO_FAST;
    }

    private static String describe(ApiOutcome<?> outcome) {
        String text = outcome.describe();
        int code = outcome.code();
        return code != 0 && !text.contains(Integer.toString(code)) ? text + " (code " + code + ")" : text;
    }

    static <T> List<List<T>> partition(List<T> list, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += size) {
            out.add(List.copyOf(list.subList(i, Math.min(list.size(), i + size))));
        }
        return out;
    }

    /**
     * IDs to send in one clear call; {@code retryAlone} when this is the single retry of an unconfirmed ID;
     * {@code tooFastRetries} how often these IDs were sent again after 1010; {@code split} (null for a chunk) when
     * this is the {@code first} or second half of a job refused with a per-profile code.
     */
    private record Job(List<ProfileId> ids, boolean retryAlone, int tooFastRetries, Split split, boolean first) {

        /** The second half of a refused job whose first half was accepted: the refused ID is in here. */
        boolean holdsTheRefusal() {
            return split != null && !first && split.firstAccepted;
        }
    }

    /** What the engine learnt about the first half of a refused job; used by the run's thread only. */
    private static final class Split {
        boolean firstAccepted;
    }
}
