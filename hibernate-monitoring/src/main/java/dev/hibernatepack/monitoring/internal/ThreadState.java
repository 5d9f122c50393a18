// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;

/**
 * What the current thread is doing, shared by the statement inspector, the session listener and
 * the load listeners (a session is used by one thread at a time). The slots hold only JDK types
 * between statements, so a pooled thread that outlives the application does not pin its classes.
 */
final class ThreadState {

    static final int PENDING_CORE = 0;
    static final int PENDING_SQL = 1;
    static final int CAUSES = 2;
    static final int FAILURE = 3;
    static final int RECORDINGS = 4;
    static final int BATCH_ROWS = 5;

    private static final ThreadLocal<Object[]> CURRENT = ThreadLocal.withInitial(() -> new Object[6]);

    private ThreadState() {
    }

    static Object[] get() {
        return CURRENT.get();
    }

    @SuppressWarnings("unchecked")
    static ArrayDeque<Object> causes(Object[] state) {
        Object causes = state[CAUSES];
        if (causes == null) {
            causes = new ArrayDeque<>(8);
            state[CAUSES] = causes;
        }
        return (ArrayDeque<Object>) causes;
    }

    /** The innermost load in progress, or {@code null}. */
    static LoadCause cause(Object[] state) {
        Object causes = state[CAUSES];
        if (causes == null) {
            return null;
        }
        Object top = ((ArrayDeque<?>) causes).peek();
        return top instanceof LoadCause cause ? cause : null;
    }

    @SuppressWarnings("unchecked")
    static ArrayList<Recording> recordings(Object[] state) {
        return (ArrayList<Recording>) state[RECORDINGS];
    }
}
