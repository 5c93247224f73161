package com.ixsweep.viewmodel;

import com.ixsweep.model.RowStatus;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * How many rows are in each status, kept up to date by transitions rather than recounting 100,000 rows. FX thread.
 *
 * <p>Transitions change plain counters; the properties follow at {@link #publish()}, which the view-model calls once
 * per batch of row changes (a drain of the coalescer, the start of a run, a merge). Per row, every binding on a count
 * (the progress line is a MessageFormat) would be recomputed 100,000 times when a run starts.
 */
public final class StatusCounts {

    private final Map<RowStatus, IntegerProperty> counts = new EnumMap<>(RowStatus.class);
    private final int[] current = new int[RowStatus.values().length];
    private boolean changed;
    private final IntegerBinding retryable;

    public StatusCounts() {
        for (RowStatus status : RowStatus.values()) {
            counts.put(status, new SimpleIntegerProperty(this, status.name(), 0));
        }
        IntegerProperty[] retryableCounts = Arrays.stream(RowStatus.values())
                .filter(RowStatus::isRetryable)
                .map(counts::get)
                .toArray(IntegerProperty[]::new);
        retryable = Bindings.createIntegerBinding(
                () -> Arrays.stream(retryableCounts)
                        .mapToInt(IntegerProperty::get)
                        .sum(),
                retryableCounts);
    }

    /** Rows whose status {@link RowStatus#isRetryable() can be retried}: what Retry failed would send. */
    public IntegerBinding retryableProperty() {
        return retryable;
    }

    /** The count as of the last {@link #publish()}. */
    public ReadOnlyIntegerProperty property(RowStatus status) {
        return counts.get(status);
    }

    /** The count now, including transitions not published yet. */
    public int get(RowStatus status) {
        return current[status.ordinal()];
    }

    void moved(RowStatus from, RowStatus to) {
        add(from, -1);
        add(to, 1);
    }

    void add(RowStatus status, int delta) {
        current[status.ordinal()] += delta;
        changed = true;
    }

    /** Brings the properties up to the counts: each binding on them recomputes once for the whole batch. */
    void publish() {
        if (!changed) {
            return;
        }
        changed = false;
        for (RowStatus status : RowStatus.values()) {
            counts.get(status).set(current[status.ordinal()]);
        }
    }
}
