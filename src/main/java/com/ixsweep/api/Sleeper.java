package com.ixsweep.api;

import java.time.Duration;

/**
 * Waits between retries, on the calling thread. Must be interruptible: the UI cancels a run by interrupting the worker
 * thread. Implementations must be thread-safe (one client serves many threads).
 */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** The real one: {@link Thread#sleep(long, int)}. */
    Sleeper SYSTEM = d -> {
        if (!d.isZero() && !d.isNegative()) {
            Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
        } else if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    };
}
