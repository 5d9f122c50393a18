// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;

import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.query.Page;

import dev.hibernatepack.audit.internal.AuditLogRow;
import dev.hibernatepack.audit.internal.ChangesJson;
import dev.hibernatepack.mixins.spi.HibernateObjects;

/**
 * Reading the audit trail back as typed entries: the history of one row, and what one user changed
 * in a period. Both newest first, a page at a time.
 *
 * <pre>{@code
 * List<AuditEntry> last20 = AuditTrails.history(session, Post.class, postId, Page.first(20));
 * List<AuditEntry> today = AuditTrails.changesBy(session, user, startOfDay, now, Page.first(100));
 * }</pre>
 */
public final class AuditTrails {

    private static final String ENTITY = "HibernatePackAuditLog";

    private AuditTrails() {
    }

    /** The trail of the {@code type} row with {@code id}, newest first. */
    public static List<AuditEntry> history(EntityManager session, Class<?> type, Object id, Page page) {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(page, "page must not be null");
        Session hibernate = HibernateObjects.session(session);
        String entityName = hibernate.getSessionFactory().unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .getEntityDescriptor(type).getEntityName();
        return hibernate.createSelectionQuery("from " + ENTITY + " where entityName = :entity and entityId = :id"
                        + " order by changedAt desc, id desc", AuditLogRow.class)
                .setParameter("entity", entityName).setParameter("id", String.valueOf(id))
                .setPage(page).getResultList().stream().map(AuditTrails::entry).toList();
    }

    /**
     * What {@code user} (the user entity, or its id) changed from {@code from} (inclusive) to
     * {@code to} (exclusive), newest first.
     */
    public static List<AuditEntry> changesBy(EntityManager session, Object user, Instant from, Instant to, Page page) {
        Objects.requireNonNull(user, "user must not be null");
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        Objects.requireNonNull(page, "page must not be null");
        SessionImplementor hibernate = HibernateObjects.session(session);
        EntityPersister persister = hibernate.getSessionFactory().unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .findEntityDescriptor(Hibernate.getClass(user));
        Object id = persister == null ? user : persister.getIdentifier(user, hibernate);
        return hibernate.createSelectionQuery("from " + ENTITY + " where changedBy = :user and changedAt >= :from and changedAt < :to"
                        + " order by changedAt desc, id desc", AuditLogRow.class)
                .setParameter("user", String.valueOf(id)).setParameter("from", from).setParameter("to", to)
                .setPage(page).getResultList().stream().map(AuditTrails::entry).toList();
    }

    private static AuditEntry entry(AuditLogRow row) {
        return new AuditEntry(row.getEntityName(), row.getEntityId(), row.getAction(), row.getChangedBy(), row.getChangedAt(),
                row.getTransactionId(), ChangesJson.parse(row.getChanges()));
    }
}
