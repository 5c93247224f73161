package com.ixsweep.batch;

import com.ixsweep.api.ApiOutcome;
import com.ixsweep.api.ConnectionCheck;
import com.ixsweep.api.FailureClass;
import com.ixsweep.api.LocalApi;
import com.ixsweep.api.ProfileQuery;
import com.ixsweep.model.ClearMode;
import com.ixsweep.model.Profile;
import com.ixsweep.model.ProfileId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;
import java.util.stream.LongStream;

/**
 * An in-memory Local API for engine tests: known and open profiles, the two plausible behaviours for unknown IDs,
 * scripted failures per call, a call log, per-profile clear counts and optional latency. Thread-safe.
 */
public final class FakeLocalApi implements LocalApi {

    /** What a clear call does when it contains an ID that does not exist. */
    public enum UnknownIds {
        /** The whole call fails with 2007 and {@code data: null} (what the documentation's example suggests). */
        FAIL_WHOLE_BATCH,
        /** The call succeeds and the unknown IDs are left out of {@code data}. */
        OMIT
    }

    /** What a clear call does when it contains an open profile. */
    public enum OpenProfiles {
        /** The whole call fails with 111003. */
        REFUSE_WHOLE_BATCH,
        /** Cleared like any other. */
        CLEAR
    }

    public enum Method {
        CLEAR,
        OPEN_PROFILES,
        CLOSE,
        LIST
    }

    private final Set<ProfileId> known = new LinkedHashSet<>();
    private final Set<ProfileId> open = new HashSet<>();
    private final Set<ProfileId> openedByHand = new HashSet<>();
    private final Set<ProfileId> alwaysOmitted = new HashSet<>();
    private final Map<ProfileId, Integer> clearCounts = new HashMap<>();
    private final Map<Method, Deque<ApiOutcome<?>>> scripted = new EnumMap<>(Method.class);
    private final Map<Method, Integer> callCounts = new EnumMap<>(Method.class);
    private final Map<Integer, ApiOutcome<?>> clearCallOutcomes = new HashMap<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private volatile UnknownIds unknownIds = UnknownIds.FAIL_WHOLE_BATCH;
    private volatile OpenProfiles openProfiles = OpenProfiles.REFUSE_WHOLE_BATCH;
    private volatile long latencyMillis;
    private volatile IntConsumer beforeClear = n -> {};
    /** Open profiles closed by the API stay listed as open for this many further open-list reads. */
    private volatile int closeLagReads;

    private final Map<ProfileId, Integer> closingLag = new HashMap<>();

    public static FakeLocalApi withProfiles(long from, long to) {
        FakeLocalApi api = new FakeLocalApi();
        api.addKnown(LongStream.rangeClosed(from, to).mapToObj(ProfileId::of).toList());
        return api;
    }

    public synchronized FakeLocalApi addKnown(Collection<ProfileId> ids) {
        known.addAll(ids);
        return this;
    }

    public synchronized FakeLocalApi open(ProfileId... ids) {
        open.addAll(List.of(ids));
        return this;
    }

    public synchronized FakeLocalApi openByHand(ProfileId... ids) {
        open.addAll(List.of(ids));
        openedByHand.addAll(List.of(ids));
        return this;
    }

    public synchronized FakeLocalApi alwaysOmit(ProfileId... ids) {
        alwaysOmitted.addAll(List.of(ids));
        return this;
    }

    public FakeLocalApi unknownIds(UnknownIds mode) {
        this.unknownIds = mode;
        return this;
    }

    public FakeLocalApi openProfiles(OpenProfiles mode) {
        this.openProfiles = mode;
        return this;
    }

    public FakeLocalApi latency(long millis) {
        this.latencyMillis = millis;
        return this;
    }

    public FakeLocalApi closeLagReads(int reads) {
        this.closeLagReads = reads;
        return this;
    }

    /** Runs before the n-th clear call (1-based) is handled, on the request thread. */
    public FakeLocalApi beforeClear(IntConsumer hook) {
        this.beforeClear = hook;
        return this;
    }

    /** The next call of this method answers this outcome instead of doing its work (queued, one per call). */
    public synchronized FakeLocalApi script(Method method, ApiOutcome<?> outcome) {
        scripted.computeIfAbsent(method, m -> new ArrayDeque<>()).addLast(outcome);
        return this;
    }

    /** The n-th clear call (1-based) answers this outcome instead of doing its work. */
    public synchronized FakeLocalApi failClearCall(int n, ApiOutcome<?> outcome) {
        clearCallOutcomes.put(n, outcome);
        return this;
    }

    public static <T> ApiOutcome<T> apiError(int code, String message, FailureClass failureClass) {
        return new ApiOutcome.ApiError<>(code, message, failureClass);
    }

    public static <T> ApiOutcome<T> notRunning() {
        return new ApiOutcome.TransportError<>(
                ApiOutcome.TransportFailure.CONNECTION_REFUSED, "ixBrowser is not running at http://127.0.0.1:53200");
    }

    public synchronized int clearCount(ProfileId id) {
        return clearCounts.getOrDefault(id, 0);
    }

    public synchronized Map<ProfileId, Integer> clearCounts() {
        return Map.copyOf(clearCounts);
    }

    public synchronized int calls(Method method) {
        return callCounts.getOrDefault(method, 0);
    }

    public synchronized int totalCalls() {
        return callCounts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public List<String> log() {
        return List.copyOf(log);
    }

    @Override
    public String baseUrl() {
        return "http://127.0.0.1:53200";
    }

    @Override
    @SuppressWarnings("unchecked")
    public ApiOutcome<List<ProfileId>> clear(ClearMode mode, List<ProfileId> ids) {
        int n = enter(Method.CLEAR, mode.action() + " " + ids);
        beforeClear.accept(n);
        pause();
        synchronized (this) {
            ApiOutcome<List<ProfileId>> s = scripted(Method.CLEAR);
            if (s == null && clearCallOutcomes.containsKey(n)) {
                s = (ApiOutcome<List<ProfileId>>) clearCallOutcomes.get(n);
            }
            if (s != null) {
                return s;
            }
            if (ids.isEmpty()) {
                return apiError(2001, "Profile ID cannot be empty", FailureClass.PERMANENT);
            }
            if (unknownIds == UnknownIds.FAIL_WHOLE_BATCH && !known.containsAll(ids)) {
                return apiError(2007, "Profile does not exist", FailureClass.PER_PROFILE);
            }
            if (openProfiles == OpenProfiles.REFUSE_WHOLE_BATCH && ids.stream().anyMatch(open::contains)) {
                return apiError(111003, "Profile already open", FailureClass.PER_PROFILE);
            }
            List<ProfileId> cleared = new ArrayList<>();
            for (ProfileId id : new LinkedHashSet<>(ids)) {
                if (known.contains(id)) {
                    clearCounts.merge(id, 1, Integer::sum);
                    if (!alwaysOmitted.contains(id)) {
                        cleared.add(id);
                    }
                }
            }
            return new ApiOutcome.Ok<>(cleared);
        }
    }

    @Override
    public ApiOutcome<List<Profile>> listProfiles(ProfileQuery query, com.ixsweep.api.PageListener listener) {
        enter(Method.LIST, "list");
        pause();
        synchronized (this) {
            ApiOutcome<List<Profile>> s = scripted(Method.LIST);
            if (s != null) {
                return s;
            }
            return new ApiOutcome.Ok<>(known.stream()
                    .map(id -> new Profile(id, "Profile " + id, 0, "", "", "", 0, open.contains(id)))
                    .toList());
        }
    }

    @Override
    public ApiOutcome<Set<ProfileId>> openProfiles() {
        enter(Method.OPEN_PROFILES, "open-list");
        pause();
        synchronized (this) {
            ApiOutcome<Set<ProfileId>> s = scripted(Method.OPEN_PROFILES);
            if (s != null) {
                return s;
            }
            Set<ProfileId> result = new HashSet<>(open);
            for (Map.Entry<ProfileId, Integer> e : List.copyOf(closingLag.entrySet())) {
                result.add(e.getKey());
                if (e.getValue() <= 1) {
                    closingLag.remove(e.getKey());
                } else {
                    e.setValue(e.getValue() - 1);
                }
            }
            return new ApiOutcome.Ok<>(Set.copyOf(result));
        }
    }

    @Override
    public ApiOutcome<List<ProfileId>> closeProfiles(List<ProfileId> ids) {
        enter(Method.CLOSE, "close " + ids);
        pause();
        synchronized (this) {
            ApiOutcome<List<ProfileId>> s = scripted(Method.CLOSE);
            if (s != null) {
                return s;
            }
            List<ProfileId> closed = new ArrayList<>();
            boolean anyByHand = false;
            for (ProfileId id : ids) {
                if (openedByHand.contains(id)) {
                    anyByHand = true;
                } else if (open.remove(id)) {
                    closed.add(id);
                    if (closeLagReads > 0) {
                        closingLag.put(id, closeLagReads);
                    }
                }
            }
            if (anyByHand) {
                return apiError(1009, "Process not found", FailureClass.PERMANENT);
            }
            return new ApiOutcome.Ok<>(closed);
        }
    }

    @Override
    public ConnectionCheck testConnection() {
        return new ConnectionCheck(ConnectionCheck.Status.CONNECTED, "fake");
    }

    private synchronized int enter(Method method, String entry) {
        log.add(entry);
        return callCounts.merge(method, 1, Integer::sum);
    }

    @SuppressWarnings("unchecked")
    private <T> ApiOutcome<T> scripted(Method method) {
        Deque<ApiOutcome<?>> queue = scripted.get(method);
        return queue == null || queue.isEmpty() ? null : (ApiOutcome<T>) queue.pollFirst();
    }

    private void pause() {
        long millis = latencyMillis;
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
