// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.Hibernate;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.internal.DefaultDeleteEventListener;
import org.hibernate.event.spi.DeleteContext;
import org.hibernate.event.spi.DeleteEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.jpa.event.spi.CallbackRegistry;
import org.hibernate.persister.entity.EntityPersister;

import dev.hibernatepack.mixins.SoftDeletable;

/**
 * Takes the place of Hibernate's delete listener. {@code remove()} of a {@link SoftDeletable}
 * entity marks it deleted (the {@code UPDATE} is flushed like any change) and cascades the same
 * soft delete, with the same instant, to children mapped with cascade {@code REMOVE} or
 * {@code orphanRemoval}; children that are not soft-deletable are left in place. Every other
 * delete is Hibernate's own; a hard delete reaches soft-deleted children too, so the parent's row
 * can go.
 */
public final class SoftDeleteEventListener extends DefaultDeleteEventListener {

    private final Map<String, DeletedAtGenerator> generators = new ConcurrentHashMap<>();
    private CallbackRegistry callbacks;

    @Override
    public void injectCallbackRegistry(CallbackRegistry callbackRegistry) {
        super.injectCallbackRegistry(callbackRegistry);
        this.callbacks = callbackRegistry;
    }

    @Override
    public void onDelete(DeleteEvent event, DeleteContext context) {
        EventSource session = event.getSession();
        if (context instanceof SoftCascade cascade) {
            Object child = session.getPersistenceContextInternal().unproxyAndReassociate(event.getObject());
            if (child instanceof SoftDeletable) {
                softDelete(session, child, cascade);
            }
            return; // a child that is not soft-deletable stays: its parent's row stays too
        }
        if (HardDeletes.active() || !SoftDeletable.class.isAssignableFrom(Hibernate.getClassLazy(event.getObject()))) {
            hardDelete(event, context);
            return;
        }
        Object entity = session.getPersistenceContextInternal().unproxyAndReassociate(event.getObject());
        softDelete(session, entity, new SoftCascade(context, null));
    }

    private void hardDelete(DeleteEvent event, DeleteContext context) {
        EventSource session = event.getSession();
        EntityPersister persister = session.getEntityPersister(event.getEntityName(), event.getObject());
        if (!persister.hasCascadeDelete()) {
            super.onDelete(event, context);
            return;
        }
        // Children already soft-deleted must go with the row too, so the cascade sees them.
        HardDeletes.run(() -> SoftDeleteFilters.with(session, SoftDeleteFilters.View.ALL, () -> {
            super.onDelete(event, context);
            return null;
        }));
    }

    private void softDelete(EventSource session, Object entity, SoftCascade cascade) {
        EntityEntry entry = session.getPersistenceContextInternal().getEntry(entity);
        SoftDeletable deletable = (SoftDeletable) entity;
        if (entry == null) {
            EntityPersister persister = session.getEntityPersister(null, entity);
            if (persister.getIdentifier(entity, session) == null) {
                return; // a new entity: nothing stored to delete
            }
            throw new IllegalArgumentException(persister.getEntityName() + "#" + persister.getIdentifier(entity, session)
                    + " is not managed by this session; remove() soft-deletes managed entities only: merge it first"
                    + " (inside SoftDeletes.withDeleted if the row is already deleted)");
        }
        if (entry.getStatus().isDeletedOrGone() || deletable.isDeleted() || !cascade.add(entity)) {
            return;
        }
        EntityPersister persister = entry.getPersister();
        if (entry.getStatus() == Status.READ_ONLY && persister.isMutable()) {
            // remove() is an explicit write: a read-only instance must still reach the database.
            session.setReadOnly(entity, false);
        }
        DeletedAtGenerator generator = generator(persister);
        Instant at = cascade.instant == null ? generator.now() : generator.truncate(cascade.instant);
        if (cascade.instant == null) {
            cascade.instant = at;
        }
        callbacks.preRemove(entity);
        SoftDeleteState.markDeleted(deletable, at);
        cascadeBeforeDelete(session, persister, entity, cascade);
        cascadeAfterDelete(session, persister, entity, cascade);
    }

    private DeletedAtGenerator generator(EntityPersister persister) {
        return generators.computeIfAbsent(persister.getEntityName(), name -> find(persister));
    }

    /** The {@link DeletedAtGenerator} of a soft-deletable entity. */
    static DeletedAtGenerator find(EntityPersister persister) {
        for (var generator : persister.getGenerators()) {
            if (generator instanceof DeletedAtGenerator deletedAt) {
                return deletedAt;
            }
        }
        throw new IllegalStateException(persister.getEntityName() + " has no @DeletedAt attribute");
    }

    /** The delete context of one soft delete and its cascade: who was visited, and when. */
    private static final class SoftCascade implements DeleteContext {
        private final DeleteContext visited;
        private Instant instant;

        SoftCascade(DeleteContext visited, Instant instant) {
            this.visited = visited;
            this.instant = instant;
        }

        @Override
        public boolean add(Object entity) {
            return visited.add(entity);
        }
    }
}
