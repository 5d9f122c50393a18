// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.util.function.Supplier;

import org.hibernate.SharedSessionContract;
import org.hibernate.engine.spi.LoadQueryInfluencers;

import dev.hibernatepack.mixins.SoftDeletes;

/**
 * Switches the soft-delete filters of one session for the duration of a call and puts back
 * exactly the state it found, also on failure; and makes every stateless session hide deleted
 * rows as a {@code Session} does.
 *
 * <p>Hibernate switches auto-enabled filters on in a {@code Session} but not in a
 * {@code StatelessSession}. The {@link #VIEW_SET} filter, auto-enabled and applied to no entity,
 * tells them apart: a session without it is a stateless session whose view nobody changed, which
 * hides deleted rows. Such a session keeps no filter enabled: the pack enables the hide filter
 * only while Hibernate translates one of its queries or loads for it ({@link #hiding}). That keeps
 * Hibernate's query plan cache, which it uses only for sessions without enabled filters, working
 * for stateless sessions, and every plan cached that way hides deleted rows: a {@code Session},
 * and a stateless session inside {@code withDeleted} / {@code onlyDeleted}, always has the marker
 * enabled, so it never shares a cached plan with them.
 */
public final class SoftDeleteFilters {

    /** What a unit of work sees. */
    public enum View { ALIVE, ALL, DELETED }

    /** The marker filter: enabled in every session whose soft-delete view is set; adds no SQL. */
    public static final String VIEW_SET = "hibernatepack.soft_delete_view";

    /** Enabled with {@link #VIEW_SET} when a scope sets a stateless session's view; adds no SQL. */
    public static final String STATELESS = "hibernatepack.stateless_session";

    private SoftDeleteFilters() {
    }

    /** Whether these are the influencers of a stateless session. */
    public static boolean stateless(LoadQueryInfluencers influencers) {
        return untouched(Switches.of(influencers)) || influencers.getEnabledFilter(STATELESS) != null;
    }

    /** Whether the session hides deleted rows now: a stateless session left as it is, or the hide filter on. */
    public static boolean hides(LoadQueryInfluencers influencers) {
        return current(Switches.of(influencers)) == View.ALIVE;
    }

    /**
     * Runs {@code work} (a translation, a load) with the hide filter on when the session is a
     * stateless session left as it is, and off again afterwards; otherwise just runs it.
     */
    public static <T> T hiding(LoadQueryInfluencers influencers, Supplier<T> work) {
        Switches filters = Switches.of(influencers);
        if (!untouched(filters)) {
            return work.get();
        }
        filters.enable(SoftDeletes.HIDE_DELETED_FILTER);
        try {
            return work.get();
        } finally {
            filters.disable(SoftDeletes.HIDE_DELETED_FILTER);
        }
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
        boolean untouched = untouched(filters);
        if (untouched) {
            filters.enable(VIEW_SET);
            filters.enable(STATELESS);
        }
        apply(filters, view);
        try {
            return work.get();
        } finally {
            if (untouched) {
                apply(filters, View.ALL);
                filters.disable(STATELESS);
                filters.disable(VIEW_SET);
            } else {
                apply(filters, before);
            }
        }
    }

    /** A stateless session nobody switched: no marker, though soft delete is mapped. */
    private static boolean untouched(Switches filters) {
        return !filters.enabled(VIEW_SET) && filters.defined(VIEW_SET)
                && !filters.enabled(SoftDeletes.HIDE_DELETED_FILTER) && !filters.enabled(SoftDeletes.ONLY_DELETED_FILTER);
    }

    private static View current(Switches filters) {
        if (filters.enabled(SoftDeletes.ONLY_DELETED_FILTER)) {
            return View.DELETED;
        }
        return filters.enabled(SoftDeletes.HIDE_DELETED_FILTER) || untouched(filters) ? View.ALIVE : View.ALL;
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
