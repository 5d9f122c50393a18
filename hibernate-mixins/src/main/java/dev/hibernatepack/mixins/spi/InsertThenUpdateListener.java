// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.spi;

import org.hibernate.bytecode.enhance.spi.LazyPropertyInitializer;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.EntityEntryExtraState;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.FlushEntityEvent;
import org.hibernate.event.spi.FlushEntityEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;

/**
 * Brings the state of an update up to date with what the entity's own insert wrote, when both run
 * in one flush: {@code persist(a)} then a change of {@code a} before the flush (every
 * {@code save(a); a.setX(..)} of a transactional service does it).
 *
 * <p>Hibernate plans that update while the insert is still queued: the update's new state is read
 * from the entity before the pre-insert listeners and insert generators fill in the slug, the
 * who-columns and the timestamps. The insert then writes them into the entity and into the
 * update's old state, but the update's new state still holds the values from before, so the row
 * would lose them ({@code created_by} written back to {@code null}) and every listener comparing
 * old and new state would see changes nobody made. This listener notes, while the flush plans the
 * update, what the entity held before its insert; when the update runs (first among the
 * {@code PRE_UPDATE} listeners), every attribute the application did not change after persist
 * takes the value the insert wrote. What the application did change stays as it set it. The
 * version, collections and unloaded lazy attributes are left as Hibernate planned them; an update
 * planned after the insert ran (a flush in between, a {@code StatelessSession}) is left alone.
 */
public final class InsertThenUpdateListener implements FlushEntityEventListener, PreUpdateEventListener {

    private static final long serialVersionUID = 1L;
    private static final InsertThenUpdateListener INSTANCE = new InsertThenUpdateListener();

    private InsertThenUpdateListener() {
    }

    /**
     * Installs the listener in the factory's {@code FLUSH_ENTITY} listeners (after Hibernate's own,
     * which plans the update) and first among its {@code PRE_UPDATE} listeners, once however many
     * modules ask for it.
     */
    public static void install(EventListenerRegistry registry) {
        var preUpdate = registry.getEventListenerGroup(EventType.PRE_UPDATE);
        for (Object listener : preUpdate.listeners()) {
            if (listener instanceof InsertThenUpdateListener) {
                return;
            }
        }
        preUpdate.prependListener(INSTANCE);
        registry.getEventListenerGroup(EventType.FLUSH_ENTITY).appendListener(INSTANCE);
    }

    @Override
    public void onFlushEntity(FlushEntityEvent event) {
        EntityEntry entry = event.getEntityEntry();
        if (entry.isExistsInDatabase() || event.getDirtyProperties() == null || entry.getLoadedState() == null
                || entry.getStatus() != Status.MANAGED) {
            return; // no update, or one planned from what the database already holds
        }
        PlannedUpdate planned = entry.getExtraState(PlannedUpdate.class);
        if (planned == null) {
            planned = new PlannedUpdate();
            entry.addExtraState(planned);
        }
        planned.state = event.getPropertyValues();
        planned.beforeInsert = entry.getLoadedState().clone();
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        Object[] old = event.getOldState();
        if (old == null) {
            return false;
        }
        EntityEntry entry = event.getSession().getPersistenceContextInternal().getEntry(event.getEntity());
        PlannedUpdate planned = entry == null ? null : entry.getExtraState(PlannedUpdate.class);
        if (planned == null || planned.state != event.getState()) {
            return false;
        }
        Object[] before = planned.beforeInsert;
        planned.state = null;
        planned.beforeInsert = null;
        Object[] state = event.getState();
        EntityPersister persister = event.getPersister();
        Type[] types = persister.getPropertyTypes();
        int version = persister.isVersioned() ? persister.getVersionPropertyIndex() : -1;
        for (int i = 0; i < state.length; i++) {
            if (i == version || types[i].isCollectionType() || state[i] == LazyPropertyInitializer.UNFETCHED_PROPERTY
                    || old[i] == LazyPropertyInitializer.UNFETCHED_PROPERTY) {
                continue;
            }
            // Unchanged by the application since persist, changed by the insert: take what the insert wrote.
            if (types[i].isEqual(state[i], before[i]) && !types[i].isEqual(old[i], before[i])) {
                state[i] = old[i];
            }
        }
        return false;
    }

    /** On an entity whose insert is still queued: the update the flush planned, and the state before the insert. */
    private static final class PlannedUpdate implements EntityEntryExtraState {

        private Object[] state;
        private Object[] beforeInsert;
        private EntityEntryExtraState next;

        @Override
        public void addExtraState(EntityEntryExtraState extraState) {
            if (next == null) {
                next = extraState;
            } else {
                next.addExtraState(extraState);
            }
        }

        @Override
        public <T extends EntityEntryExtraState> T getExtraState(Class<T> type) {
            if (type == PlannedUpdate.class) {
                return type.cast(this);
            }
            return next == null ? null : next.getExtraState(type);
        }
    }
}
