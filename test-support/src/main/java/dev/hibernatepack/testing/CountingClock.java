// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.testing;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stateful clock for tests that name it in the settings by its class: each instance moves one second further
 * at every reading, and the class counts its instances. Two instances in one factory would
 * disagree about "now".
 */
public final class CountingClock extends UtcClock {

    /** The first reading of every instance. */
    public static final Instant START = Instant.parse("2025-03-01T10:00:00Z");

    private static final AtomicInteger CONSTRUCTED = new AtomicInteger();

    private final AtomicLong readings = new AtomicLong();

    public CountingClock() {
        CONSTRUCTED.incrementAndGet();
    }

    /** How many instances were made since the last {@link #reset()}. */
    public static int constructed() {
        return CONSTRUCTED.get();
    }

    public static void reset() {
        CONSTRUCTED.set(0);
    }

    @Override
    public Instant instant() {
        return START.plusSeconds(readings.getAndIncrement());
    }
}
