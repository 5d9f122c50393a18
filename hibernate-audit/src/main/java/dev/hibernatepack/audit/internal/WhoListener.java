// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.Hibernate;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.event.spi.PreUpsertEvent;
import org.hibernate.event.spi.PreUpsertEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;

import dev.hibernatepack.audit.MissingCurrentUserException;
import dev.hibernatepack.audit.internal.WhoColumns.Who;

/**
 * Writes the current user into the who-attributes of {@link dev.hibernatepack.audit.Auditable}
 * rows: both on insert, {@code updated_by} on update, {@code deleted_by} on a soft delete. A
 * pre-insert / pre-update / pre-upsert listener (so it runs in {@code Session} and
 * {@code StatelessSession} alike) that changes the event's state array, which is what Hibernate
 * writes, and the entity, so that both agree. An update compares with the stored state: the
 * loaded one in a {@code Session}, the one {@link StoredStates} read in a stateless session; a
 * {@code created_by} (or, while the row stays deleted, {@code deleted_by}) that the entity carries
 * as {@code null} keeps the stored value, so an instance that does not know who created the row
 * never erases it.
 */
final class WhoListener implements PreInsertEventListener, PreUpdateEventListener, PreUpsertEventListener {

    private static final long serialVersionUID = 1L;

    private final transient AuditConfig config;
    private final Map<String, WhoColumns> audited;
    private final transient StoredStates stored;
    private final transient Map<EntityPersister, int[]> indexes = new ConcurrentHashMap<>();

    WhoListener(AuditConfig config, Map<String, WhoColumns> audited, StoredStates stored) {
        this.config = config;
        this.audited = Map.copyOf(audited);
        this.stored = stored;
    }

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        WhoColumns columns = audited.get(event.getPersister().getEntityName());
        if (columns != null) {
            write(event.getSession(), event.getPersister(), event.getEntity(), event.getState(), null, columns, true);
        }
        return false;
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        WhoColumns columns = audited.get(event.getPersister().getEntityName());
        if (columns != null) {
            Object[] oldState = event.getOldState();
            if (oldState == null) {
                StoredStates.Stored row = stored.of(event.getSession(), event.getState());
                oldState = row == null ? null : row.state();
            }
            write(event.getSession(), event.getPersister(), event.getEntity(), event.getState(), oldState, columns, false);
        }
        return false;
    }

    /** A stateless upsert ({@code save} of a Jakarta Data repository): an insert when there is no row yet, else an update. */
    @Override
    public boolean onPreUpsert(PreUpsertEvent event) {
        WhoColumns columns = audited.get(event.getPersister().getEntityName());
        if (columns != null) {
            StoredStates.Stored row = stored.of(event.getSession(), event.getState());
            boolean insert = row == null || row.state() == null;
            write(event.getSession(), event.getPersister(), event.getEntity(), event.getState(), insert ? null : row.state(), columns,
                    insert);
        }
        return false;
    }

    private void write(SharedSessionContractImplementor session, EntityPersister persister, Object entity, Object[] state,
            Object[] oldState, WhoColumns columns, boolean insert) {
        Optional<Object> user = config.resolver().currentUser();
        if (user.isEmpty() && config.failWithoutUser()) {
            throw new MissingCurrentUserException(columns.entityName(), (insert ? columns.createdBy() : columns.updatedBy()).name());
        }
        int[] index = indexes.computeIfAbsent(persister, p -> {
            var names = Arrays.asList(p.getPropertyNames());
            return new int[] {names.indexOf(columns.createdBy().name()), names.indexOf(columns.updatedBy().name()),
                columns.deletedBy() == null ? -1 : names.indexOf(columns.deletedBy().name()),
                columns.deletedFlag() == null ? -1 : names.indexOf(columns.deletedFlag())};
        });
        boolean update = !insert && oldState != null;
        boolean wasDeleted = update && index[2] >= 0 && Boolean.TRUE.equals(oldState[index[3]]);
        boolean isDeleted = update && index[2] >= 0 && Boolean.TRUE.equals(state[index[3]]);
        if (update) {
            keepStored(session, persister, entity, state, oldState, index[0], columns.createdBy());
            if (wasDeleted && isDeleted) {
                keepStored(session, persister, entity, state, oldState, index[2], columns.deletedBy());
            }
        }
        if (user.isEmpty()) {
            return;
        }
        if (insert) {
            set(persister, entity, state, index[0], value(session, columns, columns.createdBy(), user.get()));
        }
        set(persister, entity, state, index[1], value(session, columns, columns.updatedBy(), user.get()));
        if (!wasDeleted && isDeleted) {
            set(persister, entity, state, index[2], value(session, columns, columns.deletedBy(), user.get()));
        } else if (wasDeleted && !isDeleted) {
            set(persister, entity, state, index[2], null);
        }
    }

    /** Puts the stored value back where the entity carries {@code null}: an update never erases who created or deleted a row. */
    private static void keepStored(SharedSessionContractImplementor session, EntityPersister persister, Object entity, Object[] state,
            Object[] oldState, int index, Who who) {
        Object kept = oldState[index];
        if (state[index] != null || kept == null) {
            return;
        }
        // A stored state read from the database holds a to-one as the id in its column.
        if (who.userEntity() != null && HibernateProxy.extractLazyInitializer(kept) == null
                && !persister.getPropertyTypes()[index].getReturnedClass().isInstance(kept)) {
            kept = session.internalLoad(who.userEntity(), kept, false, false);
        }
        set(persister, entity, state, index, kept);
    }

    /** The attributes {@link #bulkAssignments} sets for {@code entityName}, known without a session. */
    Set<String> bulkAttributes(String entityName, boolean softDelete) {
        WhoColumns columns = audited.get(entityName);
        if (columns == null) {
            return Set.of();
        }
        return softDelete && columns.deletedBy() != null ? Set.of(columns.updatedBy().name(), columns.deletedBy().name())
                : Set.of(columns.updatedBy().name());
    }

    /**
     * The who-values a bulk update of {@code entityName} must set: {@code updated_by}, and
     * {@code deleted_by} for a bulk soft delete; empty for an entity that is not auditable.
     */
    Map<String, Object> bulkAssignments(SharedSessionContractImplementor session, String entityName, boolean softDelete) {
        WhoColumns columns = audited.get(entityName);
        if (columns == null) {
            return Map.of();
        }
        Optional<Object> user = config.resolver().currentUser();
        if (user.isEmpty()) {
            if (config.failWithoutUser()) {
                throw new MissingCurrentUserException(columns.entityName(), columns.updatedBy().name());
            }
            return Map.of();
        }
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put(columns.updatedBy().name(), value(session, columns, columns.updatedBy(), user.get()));
        if (softDelete && columns.deletedBy() != null) {
            values.put(columns.deletedBy().name(), value(session, columns, columns.deletedBy(), user.get()));
        }
        return values;
    }

    private static void set(EntityPersister persister, Object entity, Object[] state, int index, Object value) {
        state[index] = value;
        persister.setPropertyValue(entity, index, value);
    }

    /** The value to store for {@code user} in {@code who}: a reference to the user entity, or its id. */
    private static Object value(SharedSessionContractImplementor session, WhoColumns columns, Who who, Object user) {
        var metamodel = session.getFactory().getMappingMetamodel();
        EntityPersister userPersister = metamodel.findEntityDescriptor(Hibernate.getClass(user));
        Object id = userPersister == null ? user : userPersister.getIdentifier(user, session);
        if (id == null) {
            throw new IllegalStateException("The current user " + userPersister.getEntityName() + " has no id yet, so "
                    + columns.entityName() + "." + who.name() + " cannot refer to it: persist the user first");
        }
        if (who.userEntity() != null) {
            EntityPersister target = metamodel.getEntityDescriptor(who.userEntity());
            Class<?> idType = target.getIdentifierType().getReturnedClass();
            if (!box(idType).isInstance(id)) {
                throw new IllegalStateException("The current user [" + id + "] (" + id.getClass().getSimpleName() + ") is not an id of "
                        + who.userEntity() + " (" + idType.getSimpleName() + ") for " + columns.entityName() + "." + who.name());
            }
            return session.internalLoad(who.userEntity(), id, false, false);
        }
        if (!box(who.idType()).isInstance(id)) {
            throw new IllegalStateException("The current user [" + id + "] (" + id.getClass().getSimpleName() + ") does not fit "
                    + columns.entityName() + "." + who.name() + " (" + who.idType().getSimpleName() + ")");
        }
        return id;
    }

    private static Class<?> box(Class<?> type) {
        return type.isPrimitive() ? java.lang.invoke.MethodType.methodType(type).wrap().returnType() : type;
    }
}
