// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The current user of the calling thread, for the audit module's default resolver: set for the
 * length of a call or of a try-with-resources block, restored afterwards (on failure too), never
 * seen by another thread. The user is the application's user entity, or its id.
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

    /** Makes {@code user} current on this thread until the returned scope is closed. */
    public static Scope as(Object user) {
        Objects.requireNonNull(user, "user must not be null");
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

        /** Restores the previous user of this thread; a second close does nothing. */
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
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
