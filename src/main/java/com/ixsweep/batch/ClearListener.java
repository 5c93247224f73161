package com.ixsweep.batch;

import com.ixsweep.model.ProfileId;
import com.ixsweep.model.RowState;

/**
 * Receives a run's events. Called from worker threads, possibly several: implementations must be thread-safe and
 * quick (the ViewModel only records the latest state per row and coalesces UI updates).
 */
public interface ClearListener {

    /** A row changed state. Each ID receives exactly one final state per run. */
    void stateChanged(ProfileId id, RowState state);

    /** A run-level notice for the operator, e.g. "ixBrowser is not running at ..." when the run stops early. */
    default void notice(String message) {}

    ClearListener NONE = (id, state) -> {};
}
