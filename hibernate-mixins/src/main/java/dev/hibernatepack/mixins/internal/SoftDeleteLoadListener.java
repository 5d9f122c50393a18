// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import org.hibernate.Hibernate;
import org.hibernate.event.spi.LoadEvent;
import org.hibernate.event.spi.LoadEventListener;

import dev.hibernatepack.mixins.SoftDeletable;
import dev.hibernatepack.mixins.SoftDeletes;

/**
 * Makes {@code find} and {@code getReference} agree with the filter for an entity soft-deleted in
 * this session: the filter hides the row in the database, this hides the instance the session
 * already holds (its {@code UPDATE} may not even be flushed yet).
 */
public final class SoftDeleteLoadListener implements LoadEventListener {

    @Override
    public void onLoad(LoadEvent event, LoadType loadType) {
        if (loadType != GET && loadType != LOAD) {
            return;
        }
        Object result = event.getResult();
        if (result instanceof SoftDeletable deletable && Hibernate.isInitialized(result) && deletable.isDeleted()
                && event.getSession().getLoadQueryInfluencers().getEnabledFilter(SoftDeletes.HIDE_DELETED_FILTER) != null) {
            event.setResult(null);
        }
    }
}
