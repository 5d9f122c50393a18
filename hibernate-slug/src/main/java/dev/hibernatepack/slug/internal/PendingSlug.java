// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.internal;

import java.util.List;

/**
 * The slug a listener just put into a row that Hibernate is about to write on this thread: the
 * executor that runs the statement picks it up, so that on a collision it can write the row again
 * with the next suffix, keeping the entity and Hibernate's state array in step.
 */
final class PendingSlug {

    private static final ThreadLocal<PendingSlug> CURRENT = new ThreadLocal<>();

    final SlugRuntime runtime;
    final SlugModel model;
    final SlugModel.Resolved resolved;
    final Object entity;
    final Object[] state;
    final List<Object> scope;
    final String base;
    /** The slug the row had before the listener set it, put back if the write fails. */
    final String original;
    int suffix;

    PendingSlug(SlugRuntime runtime, SlugModel model, SlugModel.Resolved resolved, Object entity, Object[] state,
            List<Object> scope, String base, String original, int suffix) {
        this.runtime = runtime;
        this.model = model;
        this.resolved = resolved;
        this.entity = entity;
        this.state = state;
        this.scope = scope;
        this.base = base;
        this.original = original;
        this.suffix = suffix;
    }

    void start() {
        CURRENT.set(this);
    }

    /** The pending slug of {@code entityName}'s next write on this thread, or null. */
    static PendingSlug peek(String entityName) {
        PendingSlug pending = CURRENT.get();
        return pending != null && pending.model.entityName.equals(entityName) ? pending : null;
    }

    static boolean any() {
        return CURRENT.get() != null;
    }

    static void clear() {
        CURRENT.remove();
    }

    String slug() {
        return model.withSuffix(base, suffix);
    }
}
