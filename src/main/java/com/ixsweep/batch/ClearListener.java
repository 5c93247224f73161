package com.ixsweep.batch;

import com.ixsweep.model.ProfileId;
import com.ixsweep.model.RowState;
import java.util.List;

/**
 * Receives a run's events. {@link ClearEngine} calls it on the thread that called {@link ClearEngine#run} (a worker
 * thread, never the FX thread), one call at a time; implementations meant for other callers should still be
 * thread-safe and must be quick (the ViewModel only records the latest state per row and coalesces UI updates).
 * An exception thrown by a listener is logged and does not stop the run.
 */
public interface ClearListener {

    /** A row changed state. Each ID receives exactly one final state per run. */
    void stateChanged(ProfileId id, RowState state);

    /** A run-level notice for the operator, e.g. "ixBrowser is not running at ..." when the run stops early. */
    default void notice(String message) {}

    ClearListener NONE = (id, state) -> {};

    /** One listener that forwards every event to each of these, in order. */
    static ClearListener all(ClearListener... listeners) {
        List<ClearListener> list = List.of(listeners);
        return new ClearListener() {
            @Override
            public void stateChanged(ProfileId id, RowState state) {
                for (ClearListener l : list) {
                    l.stateChanged(id, state);
                }
            }

            @Override
            public void notice(String message) {
                for (ClearListener l : list) {
                    l.notice(message);
                }
            }
        };
    }
}
