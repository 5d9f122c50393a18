// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.util.function.Supplier;

import org.hibernate.engine.spi.LoadQueryInfluencers;

import dev.hibernatepack.mixins.SoftDeletes;

/**
 * Switches the soft-delete filters of one session for the duration of a call and puts back
 * exactly the state it found, also on failure.
 */
public final class SoftDeleteFilters {

    /** What a unit of work sees. */
    public enum View { ALIVE, ALL, DELETED }

    private SoftDeleteFilters() {
    }

    /** What the session sees now. */
    public static View current(LoadQueryInfluencers influencers) {
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
