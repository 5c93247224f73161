package com.ixsweep.viewmodel;

import com.ixsweep.model.ProfileId;
import com.ixsweep.model.RowState;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * Carries row state changes from worker threads to the FX thread without flooding it: the latest state per row is
 * kept in a concurrent map and at most one drain is queued on the UI executor at any time, however many changes
 * arrive. A drain applies the rows in the order they first changed, and only those changed before it began, so its
 * cost follows what changed, never the table size or a worker that keeps submitting. {@link #submit} may be called
 * from any thread; the sink runs on the UI executor only.
 */
public final class RowUpdateCoalescer {

    private final Map<ProfileId, RowState> latest = new ConcurrentHashMap<>();
    /**
     * The rows with a state in {@link #latest}, each once, in the order they first changed. A drain walks this, not
     * the map: a ConcurrentHashMap never shrinks, and after a run's first burst (every row Queued) iterating it
     * would walk 100,000+ empty bins on every drain.
     */
    private final Queue<ProfileId> changed = new ConcurrentLinkedQueue<>();

    private final AtomicInteger changedCount = new AtomicInteger();
    /** A few milliseconds of FX-thread work. */
    static final int ROWS_PER_QUEUED_DRAIN = 10_000;

    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private final Executor uiExecutor;
    private final BiConsumer<ProfileId, RowState> sink;
    private final Runnable afterDrain;

    /**
     * @param uiExecutor runs drains on the FX thread ({@code Platform::runLater} in the app)
     * @param sink applies one row's latest state, on the UI executor
     * @param afterDrain runs once after each drain (e.g. to recount), on the UI executor
     */
    public RowUpdateCoalescer(Executor uiExecutor, BiConsumer<ProfileId, RowState> sink, Runnable afterDrain) {
        this.uiExecutor = uiExecutor;
        this.sink = sink;
        this.afterDrain = afterDrain;
    }

    /** Records a row's new state; thread-safe and non-blocking. */
    public void submit(ProfileId id, RowState state) {
        if (latest.put(id, state) == null) {
            changed.add(id);
            changedCount.incrementAndGet();
        }
        if (drainQueued.compareAndSet(false, true)) {
            uiExecutor.execute(this::drainSome);
        }
    }

    /** Applies everything submitted so far. Called on the UI executor (also directly, e.g. when a run ends). */
    public void drain() {
        drain(Integer.MAX_VALUE);
    }

    /**
     * A queued drain: at most {@value #ROWS_PER_QUEUED_DRAIN} rows, then the rest in the next one, so that a burst
     * (100,000 rows turning Queued while the FX thread was busy) never holds the FX thread in one go.
     */
    private void drainSome() {
        drain(ROWS_PER_QUEUED_DRAIN);
    }

    private void drain(int limit) {
        drainQueued.set(false);
        // Only the rows changed so far: a worker submitting faster than rows are applied must not keep one drain (and
        // the FX thread) busy; what comes meanwhile has queued the next drain.
        for (int n = Math.min(changedCount.get(), limit); n > 0; n--) {
            ProfileId id = changed.poll();
            if (id == null) {
                break; // cannot happen: a row is counted only after it is queued
            }
            changedCount.decrementAndGet();
            // a state submitted after this remove finds no entry, so it queues the row again for the next drain
            RowState state = latest.remove(id);
            if (state != null) {
                sink.accept(id, state);
            }
        }
        afterDrain.run();
        if (changedCount.get() > 0 && drainQueued.compareAndSet(false, true)) {
            uiExecutor.execute(this::drainSome); // rows left over by the limit
        }
    }
}
