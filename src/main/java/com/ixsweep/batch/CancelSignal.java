package com.ixsweep.batch;

/**
 * Polled by the engine, on its run thread, between requests and every 50 ms while waiting, to stop within a second.
 * Implementations must be thread-safe: typically a volatile or atomic flag that the FX thread's Cancel button (or a
 * shutdown hook) sets while the run thread reads it.
 */
@FunctionalInterface
public interface CancelSignal {

    boolean isCancelled();

    CancelSignal NEVER = () -> false;
}
