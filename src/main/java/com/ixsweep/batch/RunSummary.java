package com.ixsweep.batch;

import com.ixsweep.model.ProfileId;
import com.ixsweep.model.RowState;
import com.ixsweep.model.RowStatus;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a run ended: final count per status, duration, requests made, and the reason it stopped early (empty when it
 * ran to the end). Immutable; safe to hand from the engine's thread to any other.
 *
 * @param counts final states per status (every ID counted once)
 * @param requests Local API calls made, reads included (open check, close, polls, profile list, clears)
 * @param stopReason empty when the run went to the end; {@value #CANCELLED} or the operator notice otherwise
 * @param notices run-level notices in the order given to {@link ClearListener#notice(String)}
 * @param dryRun whether this was a dry run: nothing was written, and rows a real run would clear ended
 *     {@link RowStatus#NOT_ATTEMPTED} with a message starting {@value #DRY_RUN_PREFIX}
 * @param finalStates each distinct ID's final state, in the operator's order (empty when built by the short
 *     constructor)
 */
public record RunSummary(
        Map<RowStatus, Integer> counts,
        Duration duration,
        int requests,
        String stopReason,
        List<String> notices,
        boolean dryRun,
        Map<ProfileId, RowState> finalStates) {

    /** The {@link #stopReason()} of a cancelled (or interrupted) run. */
    public static final String CANCELLED = "cancelled";

    /** How dry-run messages begin, e.g. "dry run: would clear". */
    public static final String DRY_RUN_PREFIX = "dry run: ";

    public RunSummary {
        EnumMap<RowStatus, Integer> copy = new EnumMap<>(RowStatus.class);
        copy.putAll(counts);
        counts = Map.copyOf(copy);
        stopReason = stopReason == null ? "" : stopReason;
        notices = notices == null ? List.of() : List.copyOf(notices);
        finalStates = finalStates == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(finalStates));
    }

    public RunSummary(Map<RowStatus, Integer> counts, Duration duration, int requests, String stopReason) {
        this(counts, duration, requests, stopReason, List.of(), false, Map.of());
    }

    public int count(RowStatus status) {
        return counts.getOrDefault(status, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean allCleared() {
        return count(RowStatus.CLEARED) == total();
    }

    /** Whether the run stopped before the end (cancelled, or an operator-level failure). */
    public boolean stoppedEarly() {
        return !stopReason.isEmpty();
    }

    public boolean cancelled() {
        return CANCELLED.equals(stopReason);
    }

    /** For a dry run, how many profiles a real run would send to be cleared; 0 for a real run. */
    public int wouldClear() {
        if (!dryRun) {
            return 0;
        }
        return (int) finalStates.values().stream()
                .filter(s ->
                        s.status() == RowStatus.NOT_ATTEMPTED && s.message().startsWith(DRY_RUN_PREFIX))
                .count();
    }
}
