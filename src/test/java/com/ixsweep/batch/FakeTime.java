package com.ixsweep.batch;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that only moves when its sleeper sleeps: waits cost no real time in tests. */
final class FakeTime extends Clock implements Sleeper {

    private final AtomicLong millis = new AtomicLong(1_700_000_000_000L);
    private final long start = millis.get();

    @Override
    public void sleep(long ms) {
        millis.addAndGet(ms);
    }

    long elapsedMillis() {
        return millis.get() - start;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis.get());
    }
}
