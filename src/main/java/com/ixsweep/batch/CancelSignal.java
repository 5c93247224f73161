package com.ixsweep.batch;

/** Polled by the engine between requests (and while waiting to retry) to stop within a second. Thread-safe. */
@FunctionalInterface
public interface CancelSignal {

    boolean isCancelled();

    CancelSignal NEVER = () -> false;
}
