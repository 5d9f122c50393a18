// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.StatelessSession;
import org.hibernate.event.spi.PreDeleteEvent;
import org.hibernate.event.spi.PreDeleteEventListener;

import dev.hibernatepack.mixins.SoftDeletable;

/**
 * {@code StatelessSession.delete} of a {@link SoftDeletable} entity becomes an {@code update} of
 * its soft-delete columns (a stateless session has no cascades). Stateful sessions are handled by
 * {@link SoftDeleteEventListener} before any delete reaches this point.
 */
public final class StatelessSoftDeleteListener implements PreDeleteEventListener {

    private final Map<String, DeletedAtGenerator> generators = new ConcurrentHashMap<>();

    @Override
    public boolean onPreDelete(PreDeleteEvent event) {
        if (!(event.getEntity() instanceof SoftDeletable deletable) || !event.getSession().isStateless() || HardDeletes.active()) {
            return false;
        }
        if (!deletable.isDeleted()) {
            var persister = event.getPersister();
            var generator = generators.computeIfAbsent(persister.getEntityName(), name -> SoftDeleteEventListener.find(persister));
            SoftDeleteState.markDeleted(deletable, generator.now());
            ((StatelessSession) event.getSession()).update(event.getEntity());
        }
        return true; // veto the DELETE
    }
}
