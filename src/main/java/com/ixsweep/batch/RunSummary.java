package com.ixsweep.batch;

import com.ixsweep.model.RowStatus;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * How a run ended: final count per status, duration, requests made, and the reason it stopped early (empty when it
 * ran to the end).
 */
public record RunSummary(Map<RowStatus, Integer> counts, Duration duration, int requests, String stopReason) {

    public RunSummary {
        EnumMap<RowStatus, Integer> copy = new EnumMap<>(RowStatus.class);
        copy.putAll(counts);
        counts = Map.copyOf(copy);
        stopReason = stopReason == null ? "" : stopReason;
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
}
