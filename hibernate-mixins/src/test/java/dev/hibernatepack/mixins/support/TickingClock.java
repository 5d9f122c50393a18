// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves one second forward every time it is read: two readings never agree. */
public final class TickingClock extends Clock {

    private static final Instant START = Instant.parse("2024-06-01T00:00:00Z");
    private static final AtomicLong READS = new AtomicLong();

    public static long reads() {
        return READS.get();
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
        return START.plusSeconds(READS.incrementAndGet());
    }
}
