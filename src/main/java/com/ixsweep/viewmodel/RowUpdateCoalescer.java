package com.ixsweep.viewmodel;

import com.ixsweep.model.ProfileId;
import com.ixsweep.model.RowState;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * Carries row state changes from worker threads to the FX thread without flooding it: the latest state per row is
 * kept in a concurrent map and at most one drain is queued on the UI executor at any time, however many changes
 * arrive. {@link #submit} may be called from any thread; the sink runs on the UI executor only.
 */
public final class RowUpdateCoalescer {

    private final Map<ProfileId, RowState> latest = new ConcurrentHashMap<>();
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
        latest.put(id, state);
        if (drainQueued.compareAndSet(false, true)) {
            uiExecutor.execute(this::drain);
        }
    }

    /** Applies everything submitted so far. Called on the UI executor (also directly, e.g. when a run ends). */
    public void drain() {
        drainQueued.set(false);
        Iterator<Map.Entry<ProfileId, RowState>> it = latest.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<ProfileId, RowState> e = it.next();
            // remove(key, value): a newer state submitted meanwhile stays for the next drain
            if (latest.remove(e.getKey(), e.getValue())) {
                sink.accept(e.getKey(), e.getValue());
            }
        }
        afterDrain.run();
    }
}
