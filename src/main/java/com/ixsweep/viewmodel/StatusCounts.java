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

/** How many rows are in each status, kept up to date by transitions rather than recounting 100,000 rows. FX thread. */
public final class StatusCounts {

    private final Map<RowStatus, IntegerProperty> counts = new EnumMap<>(RowStatus.class);
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

    public ReadOnlyIntegerProperty property(RowStatus status) {
        return counts.get(status);
    }

    public int get(RowStatus status) {
        return counts.get(status).get();
    }

    void moved(RowStatus from, RowStatus to) {
        add(from, -1);
        add(to, 1);
    }

    void add(RowStatus status, int delta) {
        IntegerProperty p = counts.get(status);
        p.set(p.get() + delta);
    }
}
