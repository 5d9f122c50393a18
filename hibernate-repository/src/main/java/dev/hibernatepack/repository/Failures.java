// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/** Describes typed failures with their operation and logs each once. */
final class Failures {

    /** The logger of failed operations: one line per failure, after its rollback. */
    static final Logger LOG = System.getLogger("dev.hibernatepack.repository");

    private Failures() {
    }

    /** Attaches {@code operation} to a typed failure (unless a closer one is there), and returns it. */
    static Throwable describe(Throwable failure, String operation) {
        if (failure instanceof DatabaseException typed && operation != null) {
            typed.describe(operation);
        }
        return failure;
    }

    /** Describes and logs a typed failure unless logged already; returns it, unchecked, to be thrown. */
    static RuntimeException report(Throwable failure, String operation) {
        describe(failure, operation);
        if (failure instanceof DatabaseException typed && !typed.markLogged()) {
            // Not found is an answer, not a fault of the database: kept out of the warnings.
            Level level = typed instanceof RecordNotFoundException ? Level.DEBUG : Level.WARNING;
            if (LOG.isLoggable(level)) {
                LOG.log(level, typed.getClass().getSimpleName() + ": " + typed.getMessage());
            }
        }
        return rethrow(failure);
    }

    /** Throws {@code failure} as it is, checked or not; declared to return so callers can write {@code throw}. */
    static RuntimeException rethrow(Throwable failure) {
        return Failures.<RuntimeException>sneaky(failure);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable failure) throws T {
        throw (T) failure;
    }
}
