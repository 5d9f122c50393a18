// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.support;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import dev.hibernatepack.testing.UtcClock;

/** A clock a test sets; given to one factory as an instance. */
public final class SettableClock extends UtcClock {

    private final AtomicReference<Instant> now;

    public SettableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
