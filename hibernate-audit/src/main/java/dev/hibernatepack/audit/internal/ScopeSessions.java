// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.internal;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.hibernate.FlushMode;
import org.hibernate.Hibernate;
import org.hibernate.event.spi.DeleteContext;
import org.hibernate.event.spi.DeleteEvent;
import org.hibernate.event.spi.DeleteEventListener;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.MergeContext;
import org.hibernate.event.spi.MergeEvent;
import org.hibernate.event.spi.MergeEventListener;
import org.hibernate.event.spi.PersistContext;
import org.hibernate.event.spi.PersistEvent;
import org.hibernate.event.spi.PersistEventListener;
import org.hibernate.event.spi.PostLoadEvent;
import org.hibernate.event.spi.PostLoadEventListener;

/**
 * The sessions of the calling thread that hold audited entities, so that an
 * {@link dev.hibernatepack.audit.AuditContext} scope can flush them when it opens and when it
 * closes: every change is then written while the user current when it was made is still current,
 * though the transaction commits later (a scope closed inside a Spring {@code @Transactional}
 * method, or inside {@code inTransaction}). A session joins when it persists, merges, removes or
 * loads an audited entity, the only ways an entity it could write becomes managed; the thread
 * holds it weakly, so a session that is dropped is forgotten.
 */
public final class ScopeSessions {

    private static final ThreadLocal<Map<EventSource, Boolean>> SESSIONS = new ThreadLocal<>();

    private ScopeSessions() {
    }

    /**
     * Flushes the pending changes of this thread's sessions, so that they are written as the user
     * current now: sessions with a transaction in progress, not already flushing, and not in
     * {@link FlushMode#MANUAL} (whose application flushes when it chooses). A failure (a
     * {@link dev.hibernatepack.audit.MissingCurrentUserException} for a change made without a
     * user, a constraint violation) propagates.
     */
    public static void flushPending() {
        Map<EventSource, Boolean> sessions = SESSIONS.get();
        if (sessions == null || sessions.isEmpty()) {
            return;
        }
        for (EventSource session : new ArrayList<>(sessions.keySet())) {
            if (session == null) {
                continue;
            }
            if (!session.isOpen()) {
                sessions.remove(session);
            } else if (session.isTransactionInProgress() && !session.getPersistenceContextInternal().isFlushing()
                    && session.getHibernateFlushMode() != FlushMode.MANUAL) {
                session.flush();
            }
        }
        if (sessions.isEmpty()) {
            SESSIONS.remove();
        }
    }

    static void register(EventSource session) {
        if (session == null || !session.isOpen()) {
            return;
        }
        Map<EventSource, Boolean> sessions = SESSIONS.get();
        if (sessions == null) {
            sessions = new WeakHashMap<>(); // sessions do not override equals: an identity map
            SESSIONS.set(sessions);
        }
        sessions.put(session, Boolean.TRUE);
    }

    /** Makes sessions that touch an audited entity known to the thread's scopes. */
    static final class Listener implements PersistEventListener, MergeEventListener, DeleteEventListener, PostLoadEventListener {

        private static final long serialVersionUID = 1L;

        private final Set<String> audited;

        Listener(Set<String> audited) {
            this.audited = Set.copyOf(audited);
        }

        @Override
        public void onPostLoad(PostLoadEvent event) {
            if (audited.contains(event.getPersister().getEntityName())) {
                register(event.getSession());
            }
        }

        @Override
        public void onPersist(PersistEvent event) {
            touched(event.getSession(), event.getEntityName(), event.getObject());
        }

        @Override
        public void onPersist(PersistEvent event, PersistContext createdAlready) {
            onPersist(event);
        }

        @Override
        public void onMerge(MergeEvent event) {
            touched(event.getSession(), event.getEntityName(), event.getOriginal());
        }

        @Override
        public void onMerge(MergeEvent event, MergeContext copiedAlready) {
            onMerge(event);
        }

        @Override
        public void onDelete(DeleteEvent event) {
            touched(event.getSession(), event.getEntityName(), event.getObject());
        }

        @Override
        public void onDelete(DeleteEvent event, DeleteContext transientEntities) {
            onDelete(event);
        }

        private void touched(EventSource session, String entityName, Object entity) {
            if (entityName == null && entity != null) {
                var persister = session.getFactory().getMappingMetamodel().findEntityDescriptor(Hibernate.getClass(entity));
                entityName = persister == null ? null : persister.getEntityName();
            }
            if (entityName != null && audited.contains(entityName)) {
                register(session);
            }
        }
    }
}
