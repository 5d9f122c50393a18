// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import dev.hibernatepack.audit.internal.ScopeSessions;

/**
 * The current user of the calling thread, for the audit module's default resolver: set for the
 * length of a call or of a try-with-resources block, restored afterwards (on failure too), never
 * seen by another thread. The user is the application's user entity, or its id.
 * <p>
 * A scope may open and close inside a transaction (a Spring {@code @Transactional} method): when
 * it opens and when it closes, it flushes the pending changes of the thread's sessions that hold
 * audited entities, so every change is written as the user current when it was made, not as
 * whoever is current when the transaction commits.
 *
 * <pre>{@code
 * AuditContext.runAs(currentUser, () -> posts.update(post));
 *
 * try (var scope = AuditContext.as(userId)) {
 *     ... every Auditable row written here records userId ...
 * }
 * }</pre>
 */
public final class AuditContext {

    private static final ThreadLocal<Object> CURRENT = new ThreadLocal<>();

    private AuditContext() {
    }

    /** The user set on this thread, if any. */
    public static Optional<Object> currentUser() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs {@code work} as {@code user}. */
    public static void runAs(Object user, Runnable work) {
        Objects.requireNonNull(work, "work must not be null");
        try (Scope ignored = as(user)) {
            work.run();
        }
    }

    /** Runs {@code work} as {@code user} and returns its result. */
    public static <T> T callAs(Object user, Supplier<T> work) {
        Objects.requireNonNull(work, "work must not be null");
        try (Scope ignored = as(user)) {
            return work.get();
        }
    }

    /**
     * Makes {@code user} current on this thread until the returned scope is closed; first flushes
     * what the thread's sessions changed before, as the user current until now.
     *
     * @throws MissingCurrentUserException when a change made before, without a current user, is flushed
     */
    public static Scope as(Object user) {
        Objects.requireNonNull(user, "user must not be null");
        ScopeSessions.flushPending();
        Scope scope = new Scope(Thread.currentThread(), CURRENT.get());
        CURRENT.set(user);
        return scope;
    }

    /** A span of code with a current user; closing it brings back whoever was current before. */
    public static final class Scope implements AutoCloseable {

        private final Thread owner;
        private final Object previous;
        private boolean closed;

        private Scope(Thread owner, Object previous) {
            this.owner = owner;
            this.previous = previous;
        }

        /**
         * Flushes what the thread's sessions changed in the scope, as its user, then restores the
         * previous user of this thread (even when the flush fails); a second close does nothing.
         */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            if (Thread.currentThread() != owner) {
                throw new IllegalStateException("An AuditContext scope must be closed on the thread that opened it ("
                        + owner.getName() + ")");
            }
            closed = true;
            try {
                ScopeSessions.flushPending();
            } finally {
                if (previous == null) {
                    CURRENT.remove();
                } else {
                    CURRENT.set(previous);
                }
            }
        }
    }
}
