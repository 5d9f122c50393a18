// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.util.function.Supplier;

import org.hibernate.SharedSessionContract;
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
        prepare(Switches.of(influencers));
    }

    /** What the session sees now. */
    public static View current(SharedSessionContract session) {
        return current(Switches.of(session));
    }

    /**
     * Runs {@code work} with the session seeing {@code view}, then restores what it saw before.
     * Only the session's public filter methods are called, which a CDI client proxy passes on.
     */
    public static <T> T with(SharedSessionContract session, View view, Supplier<T> work) {
        Switches filters = Switches.of(session);
        View before = current(filters);
        if (before == view || !filters.defined(SoftDeletes.HIDE_DELETED_FILTER)) {
            // Nothing to switch: already there, or soft delete is not mapped (module off, no entity)
            return work.get();
        }
        apply(filters, view);
        try {
            return work.get();
        } finally {
            apply(filters, before);
        }
    }

    private static void prepare(Switches filters) {
        if (filters.enabled(VIEW_SET) || !filters.defined(VIEW_SET)) {
            return;
        }
        filters.enable(VIEW_SET);
        filters.enable(STATELESS);
        if (!filters.enabled(SoftDeletes.ONLY_DELETED_FILTER)) {
            toggle(filters, SoftDeletes.HIDE_DELETED_FILTER, true);
        }
    }

    private static View current(Switches filters) {
        prepare(filters);
        if (filters.enabled(SoftDeletes.ONLY_DELETED_FILTER)) {
            return View.DELETED;
        }
        return filters.enabled(SoftDeletes.HIDE_DELETED_FILTER) ? View.ALIVE : View.ALL;
    }

    private static void apply(Switches filters, View view) {
        toggle(filters, SoftDeletes.HIDE_DELETED_FILTER, view == View.ALIVE);
        toggle(filters, SoftDeletes.ONLY_DELETED_FILTER, view == View.DELETED);
    }

    private static void toggle(Switches filters, String filter, boolean on) {
        boolean enabled = filters.enabled(filter);
        if (on && !enabled) {
            filters.enable(filter);
        } else if (!on && enabled) {
            filters.disable(filter);
        }
    }

    /** A session's filter switches, read from its influencers or from the session's public methods. */
    private interface Switches {

        boolean enabled(String filter);

        void enable(String filter);

        void disable(String filter);

        boolean defined(String filter);

        static Switches of(LoadQueryInfluencers influencers) {
            return new Switches() {
                public boolean enabled(String filter) {
                    return influencers.getEnabledFilter(filter) != null;
                }

                public void enable(String filter) {
                    influencers.enableFilter(filter);
                }

                public void disable(String filter) {
                    influencers.disableFilter(filter);
                }

                public boolean defined(String filter) {
                    return influencers.getSessionFactory().getDefinedFilterNames().contains(filter);
                }
            };
        }

        static Switches of(SharedSessionContract session) {
            return new Switches() {
                public boolean enabled(String filter) {
                    return session.getEnabledFilter(filter) != null;
                }

                public void enable(String filter) {
                    session.enableFilter(filter);
                }

                public void disable(String filter) {
                    session.disableFilter(filter);
                }

                public boolean defined(String filter) {
                    return session.getFactory().getDefinedFilterNames().contains(filter);
                }
            };
        }
    }
}
