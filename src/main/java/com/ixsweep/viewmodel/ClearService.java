package com.ixsweep.viewmodel;

import com.ixsweep.batch.ClearEngine;
import com.ixsweep.batch.ClearListener;
import com.ixsweep.batch.ClearRequest;
import com.ixsweep.batch.RunSummary;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.concurrent.Service;
import javafx.concurrent.Task;

/**
 * Runs one clearing job on a worker thread. Thin on purpose: the task hands the snapshot request to the plain-Java
 * engine with a listener and a cancel flag. Start and restart on the FX thread only.
 *
 * <p>Stop a run with {@link #requestStop()}, not {@link #cancel()}: the engine then ends within a second, marks unsent
 * rows Not attempted and still returns its summary, so the service stays RUNNING until every row is accounted for
 * and the result arrives through {@code onSucceeded}. {@code cancel()} would drop that summary.
 */
public final class ClearService extends Service<RunSummary> {

    private ClearEngine engine;
    private ClearRequest request;
    private Supplier<ClearListener> listener = () -> ClearListener.NONE;
    private final AtomicBoolean stopRequested = new AtomicBoolean();

    /**
     * Sets what the next {@link #restart()} runs; FX thread, before starting. The listener is made on the worker
     * thread as the run begins, so that one which opens a file (the run journal) does so off the FX thread.
     */
    public void prepare(ClearEngine nextEngine, ClearRequest nextRequest, Supplier<ClearListener> nextListener) {
        this.engine = Objects.requireNonNull(nextEngine);
        this.request = Objects.requireNonNull(nextRequest);
        this.listener = Objects.requireNonNull(nextListener);
        stopRequested.set(false);
    }

    /** Asks the running engine to stop; any thread. */
    public void requestStop() {
        stopRequested.set(true);
    }

    @Override
    protected Task<RunSummary> createTask() {
        ClearEngine taskEngine = engine;
        ClearRequest taskRequest = request;
        Supplier<ClearListener> taskListener = listener;
        return new Task<>() {
            @Override
            protected RunSummary call() {
                return taskEngine.run(taskRequest, taskListener.get(), () -> stopRequested.get() || isCancelled());
            }
        };
    }
}
