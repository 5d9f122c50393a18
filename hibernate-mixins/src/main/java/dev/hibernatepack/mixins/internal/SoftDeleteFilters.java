// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.util.function.Supplier;

import org.hibernate.engine.spi.LoadQueryInfluencers;

import dev.hibernatepack.mixins.SoftDeletes;

/**
 * Switches the soft-delete filters of one session for the duration of a call and puts back
 * exactly the state it found, also on failure; and gives every stateless session the view a
 * {@code Session} starts with.
 *
 * <p>Hibernate switches auto-enabled filters on in a {@code Session} but not in a
 * {@code StatelessSession}. The {@link #VIEW_SET} filter, auto-enabled and applied to no entity,
 * marks a session whose view is set: a session without it is a stateless session nobody has
 * touched yet, and {@link #prepare} hides deleted rows there before its first query, load or
 * scope. Because the marker stays enabled whatever the view, Hibernate never shares a cached query
 * plan between a session that hides deleted rows and one that shows them (it caches plans only
 * for sessions with no enabled filter, which then are untouched stateless sessions, all hiding).
 */
public final class SoftDeleteFilters {

    /** What a unit of work sees. */
    public enum View { ALIVE, ALL, DELETED }

    /** The marker filter: enabled in every session whose soft-delete view is set; adds no SQL. */
    public static final String VIEW_SET = "hibernatepack.soft_delete_view";

    /** Enabled by {@link #prepare} alongside {@link #VIEW_SET}: marks a stateless session; adds no SQL. */
    public static final String STATELESS = "hibernatepack.stateless_session";

    private SoftDeleteFilters() {
    }

    /** Whether these are a stateless session's influencers (known once {@link #prepare} ran on them). */
    public static boolean stateless(LoadQueryInfluencers influencers) {
        return influencers.getEnabledFilter(STATELESS) != null;
    }

    /**
     * Gives a session that has no soft-delete view yet (a new stateless session) the view of a new
     * {@code Session}: deleted rows hidden. Does nothing in a session whose view is set, or when
     * soft delete is not mapped.
     */
    public static void prepare(LoadQueryInfluencers influencers) {
        if (influencers.getEnabledFilter(VIEW_SET) != null
                || !influencers.getSessionFactory().getDefinedFilterNames().contains(VIEW_SET)) {
            return;
        }
        influencers.enableFilter(VIEW_SET);
        influencers.enableFilter(STATELESS);
        if (influencers.getEnabledFilter(SoftDeletes.ONLY_DELETED_FILTER) == null) {
            toggle(influencers, SoftDeletes.HIDE_DELETED_FILTER, true);
        }
    }

    /** What the session sees now. */
    public static View current(LoadQueryInfluencers influencers) {
        prepare(influencers);
        if (influencers.getEnabledFilter(SoftDeletes.ONLY_DELETED_FILTER) != null) {
            return View.DELETED;
        }
        return influencers.getEnabledFilter(SoftDeletes.HIDE_DELETED_FILTER) != null ? View.ALIVE : View.ALL;
    }

    /** Runs {@code work} with the session seeing {@code view}, then restores what it saw before. */
    public static <T> T with(LoadQueryInfluencers influencers, View view, Supplier<T> work) {
        View before = current(influencers);
        if (before == view || !influencers.getSessionFactory().getDefinedFilterNames().contains(SoftDeletes.HIDE_DELETED_FILTER)) {
            // Nothing to switch: already there, or soft delete is not mapped (module off, no entity)
            return work.get();
        }
        apply(influencers, view);
        try {
            return work.get();
        } finally {
            apply(influencers, before);
        }
    }

    private static void apply(LoadQueryInfluencers influencers, View view) {
        toggle(influencers, SoftDeletes.HIDE_DELETED_FILTER, view == View.ALIVE);
        toggle(influencers, SoftDeletes.ONLY_DELETED_FILTER, view == View.DELETED);
    }

    private static void toggle(LoadQueryInfluencers influencers, String filter, boolean on) {
        boolean enabled = influencers.getEnabledFilter(filter) != null;
        if (on && !enabled) {
            influencers.enableFilter(filter);
        } else if (!on && enabled) {
            influencers.disableFilter(filter);
        }
    }
}
