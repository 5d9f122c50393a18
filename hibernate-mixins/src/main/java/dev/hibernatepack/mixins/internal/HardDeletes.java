// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.util.function.Supplier;

/**
 * Marks the current thread as running an explicit hard delete or purge, for the listeners and the
 * bulk-delete guard that otherwise turn or refuse deletes of soft-deletable rows. Set only for the
 * duration of one synchronous call and always cleared, so it never outlives that call.
 */
public final class HardDeletes {

    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    private HardDeletes() {
    }

    /** Whether an explicit hard delete runs on this thread. */
    public static boolean active() {
        return ACTIVE.get() != null;
    }

    /** Runs {@code work} as an explicit hard delete. */
    public static <T> T run(Supplier<T> work) {
        if (active()) {
            return work.get();
        }
        ACTIVE.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            ACTIVE.remove();
        }
    }
}
