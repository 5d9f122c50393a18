// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.support;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import dev.hibernatepack.testing.UtcClock;

/** A clock tests can set and move; every instance shows the same, shared time. */
public final class TestClock extends UtcClock {

    private static final AtomicReference<Instant> NOW = new AtomicReference<>(Instant.parse("2024-01-01T00:00:00Z"));

    public static void set(Instant instant) {
        NOW.set(instant);
    }

    public static Instant now() {
        return NOW.get();
    }

    public static Instant advanceSeconds(long seconds) {
        return NOW.updateAndGet(i -> i.plusSeconds(seconds));
    }

    @Override
    public Instant instant() {
        return NOW.get();
    }
}
