package com.ixsweep.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how long the client retries a {@link FailureClass#TRANSIENT} outcome: exponential backoff with full
 * jitter (a random delay between 0 and {@code min(maxDelay, baseDelay * 2^(attempt-1))}), at most {@code maxAttempts}
 * attempts in all, and never a sleep that would end later than {@code maxTotal} after the first attempt started.
 * Immutable; any thread.
 *
 * @param maxAttempts attempts in all, including the first; 1 means "no retries"
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxTotal) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(maxTotal, "maxTotal");
        if (baseDelay.isNegative() || maxDelay.isNegative() || maxTotal.isNegative()) {
            throw new IllegalArgumentException("retry delays must not be negative");
        }
    }

    /** 4 attempts, 250 ms base, 4 s cap per sleep, 15 s in all. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(250), Duration.ofSeconds(4), Duration.ofSeconds(15));
    }

    /** One attempt, no retries (for callers that retry themselves). */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /** The upper bound of the jittered sleep before attempt {@code nextAttempt} (2 for the first retry). */
    public Duration ceilingBefore(int nextAttempt) {
        int shift = Math.min(30, Math.max(0, nextAttempt - 2));
        long base = baseDelay.toNanos();
        long ceiling = base > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : base << shift;
        return Duration.ofNanos(Math.min(ceiling, maxDelay.toNanos()));
    }
}
