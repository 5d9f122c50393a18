// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.internal;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PostUpsertEvent;
import org.hibernate.event.spi.PostUpsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.event.spi.PreUpsertEvent;
import org.hibernate.event.spi.PreUpsertEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The row as the database holds it just before a {@code StatelessSession} updates or upserts an
 * audited entity: a stateless session keeps no loaded state, so this one select (Hibernate's
 * database snapshot) is what the who-columns and the trail compare the new state with, as a
 * {@code Session} compares it with what it loaded. Read once per write and shared by both; never
 * read in a {@code Session}, nor for an entity the module does not audit.
 */
final class StoredStates implements PreUpdateEventListener, PreUpsertEventListener, PostUpdateEventListener,
        PostUpsertEventListener {

    private static final long serialVersionUID = 1L;

    /**
     * What was read before one write.
     *
     * @param state the stored state in the order of the persister's properties, a to-one as the
     *        id it holds; {@code null} when there is no such row (an upsert that inserts)
     */
    record Stored(Object[] state) {
    }

    private final Set<String> audited;
    // Per session (weakly: a write that fails between its pre and post events leaves its entry
    // until the session is gone), keyed by the state array the two events of one write share. The
    // inner map is only ever touched by the thread using its session.
    private final transient Map<SharedSessionContractImplementor, Map<Object[], Stored>> inFlight =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** @param audited the entities whose stateless writes need the stored state */
    StoredStates(Set<String> audited) {
        this.audited = Set.copyOf(audited);
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        if (event.getOldState() == null) {
            read(event.getSession(), event.getPersister(), event.getId(), event.getState());
        }
        return false;
    }

    @Override
    public boolean onPreUpsert(PreUpsertEvent event) {
        read(event.getSession(), event.getPersister(), event.getId(), event.getState());
        return false;
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        forget(event.getSession(), event.getPersister(), event.getState());
    }

    @Override
    public void onPostUpsert(PostUpsertEvent event) {
        forget(event.getSession(), event.getPersister(), event.getState());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    /**
     * What was read before the write whose state array is {@code state}, or {@code null} when
     * nothing was (a {@code Session}, an entity that is not audited).
     */
    Stored of(SharedSessionContractImplementor session, Object[] state) {
        Map<Object[], Stored> writes = inFlight.get(session);
        return writes == null ? null : writes.get(state);
    }

    private void read(SharedSessionContractImplementor session, EntityPersister persister, Object id, Object[] state) {
        if (!session.isStateless() || id == null || !audited.contains(persister.getEntityName())) {
            return;
        }
        Stored stored = new Stored(persister.getDatabaseSnapshot(id, session));
        inFlight.computeIfAbsent(session, s -> new IdentityHashMap<>(4)).put(state, stored);
    }

    private void forget(SharedSessionContractImplementor session, EntityPersister persister, Object[] state) {
        if (!session.isStateless() || !audited.contains(persister.getEntityName())) {
            return;
        }
        Map<Object[], Stored> writes = inFlight.get(session);
        if (writes != null && writes.remove(state) != null && writes.isEmpty()) {
            inFlight.remove(session);
        }
    }
}
