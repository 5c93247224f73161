package com.ixsweep.api;

import java.util.concurrent.Semaphore;

/**
 * The one gate every request of a client passes: at most {@code maxInFlight} requests at a time (the documented limit
 * is 3) and at most one write (clear, close, reset) among them. Fair, so no caller starves. Thread-safe.
 */
final class RequestLimiter {

    /** Held while a request is in flight; release exactly once. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final Semaphore total;
    private final Semaphore writes = new Semaphore(1, true);

    RequestLimiter(int maxInFlight) {
        this.total = new Semaphore(maxInFlight, true);
    }

    /** Blocks until allowed; a write takes the write slot before a general slot so writes never hold reads up. */
    Permit acquire(boolean write) throws InterruptedException {
        if (write) {
            writes.acquire();
            try {
                total.acquire();
            } catch (InterruptedException e) {
                writes.release();
                throw e;
            }
            return () -> {
                total.release();
                writes.release();
            };
        }
        total.acquire();
        return total::release;
    }
}
