// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import org.hibernate.Hibernate;
import org.hibernate.event.spi.LoadEvent;
import org.hibernate.event.spi.LoadEventListener;

import dev.hibernatepack.mixins.SoftDeletable;
import dev.hibernatepack.mixins.SoftDeletes;

/**
 * Hides deleted rows from {@code find}: whether the row came from the database or the session
 * already held it (deleted in this session, perhaps not flushed yet), a deleted result becomes
 * {@code null} while the hide filter is on. Loading by id stays on Hibernate's cached loader: a
 * filter applied to loads by key would make Hibernate build the load's SQL anew on every call.
 * References ({@code getReference}, to-one associations) and {@code merge} are left to resolve.
 */
public final class SoftDeleteLoadListener implements LoadEventListener {

    @Override
    public void onLoad(LoadEvent event, LoadType loadType) {
        if (loadType != GET) {
            return;
        }
        Object result = event.getResult();
        if (result instanceof SoftDeletable deletable && Hibernate.isInitialized(result) && deletable.isDeleted()) {
            var influencers = event.getSession().getLoadQueryInfluencers();
            if (influencers.getEnabledCascadingFetchProfile() == null
                    && influencers.getEnabledFilter(SoftDeletes.HIDE_DELETED_FILTER) != null) {
                event.setResult(null);
            }
        }
    }
}
