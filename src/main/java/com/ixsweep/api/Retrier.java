package com.ixsweep.api;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one call again while its outcome is {@link FailureClass#TRANSIENT} (or a code that earns extra attempts, see
 * {@link ErrorCatalog#extraRetries}), under a {@link RetryPolicy}. An interrupt stops it at once: the last outcome is
 * returned and the thread's interrupt flag stays set. Thread-safe (stateless apart from its injected parts).
 */
public final class Retrier {

    private static final Logger LOG = LoggerFactory.getLogger(Retrier.class);

    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final LongSupplier nanoClock;
    private final DoubleSupplier jitter;

    /**
     * @param nanoClock monotonic nanoseconds (System::nanoTime)
     * @param jitter a random number in [0, 1)
     */
    public Retrier(RetryPolicy policy, Sleeper sleeper, LongSupplier nanoClock, DoubleSupplier jitter) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.jitter = Objects.requireNonNull(jitter, "jitter");
    }

    public static Retrier system(RetryPolicy policy) {
        return new Retrier(
                policy,
                Sleeper.SYSTEM,
                System::nanoTime,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    public RetryPolicy policy() {
        return policy;
    }

    /** Attempts {@code call} until it gives a final outcome, the bounds are reached, or the thread is interrupted. */
    public <T> ApiOutcome<T> run(String what, Supplier<ApiOutcome<T>> call) {
        long start = nanoClock.getAsLong();
        long slept = 0;
        int attempt = 1;
        ApiOutcome<T> outcome = call.get();
        while (true) {
            int allowed = Math.min(policy.maxAttempts(), allowedAttempts(outcome));
            if (attempt >= allowed || Thread.currentThread().isInterrupted()) {
                return outcome;
            }
            Duration ceiling = policy.ceilingBefore(attempt + 1);
            long delay = (long) (ceiling.toNanos() * clamp(jitter.getAsDouble()));
            long elapsed = Math.max(nanoClock.getAsLong() - start, slept);
            if (elapsed + delay > policy.maxTotal().toNanos()) {
                LOG.debug("{}: giving up after {} attempts, time budget spent", what, attempt);
                return outcome;
            }
            LOG.debug(
                    "{}: attempt {} gave {} {}, retrying in {} ms",
                    what,
                    attempt,
                    outcome.code(),
                    outcome.failureClass(),
                    delay / 1_000_000);
            try {
                sleeper.sleep(Duration.ofNanos(delay));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LOG.debug("{}: interrupted while waiting to retry", what);
                return outcome;
            }
            slept += delay;
            if (Thread.currentThread().isInterrupted()) {
                return outcome;
            }
            attempt++;
            outcome = call.get();
        }
    }

    private static int allowedAttempts(ApiOutcome<?> outcome) {
        if (outcome.isOk()) {
            return 1;
        }
        if (outcome.failureClass() == FailureClass.TRANSIENT) {
            return Integer.MAX_VALUE;
        }
        if (outcome instanceof ApiOutcome.ApiError<?> e) {
            return 1 + ErrorCatalog.extraRetries(e.code());
        }
        return 1;
    }

    private static double clamp(double d) {
        return d < 0 ? 0 : Math.min(d, 1);
    }
}
