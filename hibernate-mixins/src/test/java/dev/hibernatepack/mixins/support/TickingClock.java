// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.support;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import dev.hibernatepack.testing.UtcClock;

/** A clock that moves one second forward every time it is read: two readings never agree. */
public final class TickingClock extends UtcClock {

    private static final Instant START = Instant.parse("2024-06-01T00:00:00Z");
    private static final AtomicLong READS = new AtomicLong();

    public static long reads() {
        return READS.get();
    }

    @Override
    public Instant instant() {
        return START.plusSeconds(READS.incrementAndGet());
    }
}
