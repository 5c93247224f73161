package com.ixsweep.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetrierTest {

    private static final ApiOutcome<String> BUSY = new ApiOutcome.ApiError<>(1004, "busy", FailureClass.TRANSIENT);
    private static final ApiOutcome<String> GONE = new ApiOutcome.ApiError<>(2007, "gone", FailureClass.PER_PROFILE);

    private final AtomicLong clock = new AtomicLong();
    private final List<Duration> sleeps = new ArrayList<>();
    private final Sleeper fakeSleeper = d -> {
        sleeps.add(d);
        clock.addAndGet(d.toNanos());
    };

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    private Retrier retrier(RetryPolicy policy, double jitter) {
        return new Retrier(policy, fakeSleeper, clock::get, () -> jitter);
    }

    @Test
    void transientOutcomesAreRetriedUpToMaxAttempts() {
        AtomicInteger calls = new AtomicInteger();
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMinutes(1));

        ApiOutcome<String> outcome = retrier(policy, 1.0).run("t", () -> {
            calls.incrementAndGet();
            return BUSY;
        });

        assertThat(outcome).isSameAs(BUSY);
        assertThat(calls).hasValue(5);
        assertThat(sleeps)
                .containsExactly(
                        Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800));
    }

    @Test
    void backoffIsCappedAtMaxDelayAndJittered() {
        RetryPolicy policy = new RetryPolicy(6, Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofMinutes(1));

        retrier(policy, 0.5).run("t", () -> BUSY);

        assertThat(sleeps)
                .containsExactly(
                        Duration.ofMillis(50),
                        Duration.ofMillis(100),
                        Duration.ofMillis(150),
                        Duration.ofMillis(150),
                        Duration.ofMillis(150));
    }

    @Test
    void totalTimeBoundStopsRetrying() {
        AtomicInteger calls = new AtomicInteger();
        RetryPolicy policy =
                new RetryPolicy(100, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(2500));

        retrier(policy, 1.0).run("t", () -> {
            calls.incrementAndGet();
            return BUSY;
        });

        assertThat(calls).hasValue(3);
        assertThat(sleeps.stream().mapToLong(Duration::toMillis).sum()).isLessThanOrEqualTo(2500);
    }

    @Test
    void successAndPermanentOutcomesAreNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        Retrier r = retrier(RetryPolicy.defaults(), 1.0);

        assertThat(r.run("t", () -> {
                    calls.incrementAndGet();
                    return GONE;
                }))
                .isSameAs(GONE);
        assertThat(r.run("t", () -> new ApiOutcome.Ok<>("x")).isOk()).isTrue();
        assertThat(calls).hasValue(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void operationFailedIsRetriedOnce() {
        AtomicInteger calls = new AtomicInteger();
        retrier(RetryPolicy.defaults(), 0).run("t", () -> {
            calls.incrementAndGet();
            return ErrorCatalog.<String>toOutcome(1011, "failed");
        });

        assertThat(calls).hasValue(2);
    }

    @Test
    void interruptStopsRetryingAndKeepsTheFlag() {
        AtomicInteger calls = new AtomicInteger();
        Retrier r = new Retrier(RetryPolicy.defaults(), Sleeper.SYSTEM, System::nanoTime, () -> 1.0);

        ApiOutcome<String> outcome = r.run("t", () -> {
            calls.incrementAndGet();
            Thread.currentThread().interrupt();
            return BUSY;
        });

        assertThat(outcome).isSameAs(BUSY);
        assertThat(calls).hasValue(1);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void interruptDuringTheSleepEndsItAtOnce() throws InterruptedException {
        RetryPolicy slow = new RetryPolicy(10, Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofMinutes(5));
        Retrier r = new Retrier(slow, Sleeper.SYSTEM, System::nanoTime, () -> 1.0);
        AtomicInteger calls = new AtomicInteger();
        List<Object> result = new ArrayList<>();
        Thread worker = new Thread(() -> {
            result.add(r.run("t", () -> {
                calls.incrementAndGet();
                return BUSY;
            }));
            result.add(Thread.currentThread().isInterrupted());
        });
        worker.start();
        while (calls.get() == 0) {
            Thread.onSpinWait();
        }
        long start = System.nanoTime();
        worker.interrupt();
        worker.join(5000);

        assertThat(worker.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(result).containsExactly(BUSY, true);
        assertThat(calls).hasValue(1);
    }
}
