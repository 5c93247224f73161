package com.ixsweep.batch;

/**
 * Waits, so that tests can replace real time: the engine sleeps through this seam while it polls for closed profiles.
 * Implementations are called on the engine's run thread only.
 */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps about this long; may return early. Throws when the thread is interrupted (the engine then cancels). */
    void sleep(long millis) throws InterruptedException;

    /** Real time: {@link Thread#sleep(long)}. */
    Sleeper SYSTEM = Thread::sleep;
}
