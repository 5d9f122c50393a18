// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.hibernate.StatelessSession;
import org.hibernate.engine.spi.CascadingActions;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.CollectionType;
import org.hibernate.type.EntityType;

import dev.hibernatepack.mixins.internal.HardDeletes;
import dev.hibernatepack.mixins.internal.SoftDeleteFilters;
import dev.hibernatepack.mixins.internal.SoftDeleteFilters.View;
import dev.hibernatepack.mixins.internal.SoftDeleteState;
import dev.hibernatepack.mixins.spi.HibernateObjects;

/**
 * What a unit of work sees of soft-deleted rows, and the operations that go past soft delete:
 * restore with children, hard delete, purge. By default every {@code Session} and every
 * {@code StatelessSession} (so every Jakarta Data repository) hides deleted rows from
 * {@code find} / {@code get}, HQL and criteria queries and {@code @OneToMany} /
 * {@code @ManyToMany} collections. References resolve to the row they name, deleted or not:
 * {@code getReference}, {@code @ManyToOne} / {@code @OneToOne} associations (lazy or fetched);
 * the instance reports {@link SoftDeletable#isDeleted()}. Native SQL is never filtered.
 *
 * <pre>{@code
 * Post post = SoftDeletes.withDeleted(session, () -> session.find(Post.class, id));
 * SoftDeletes.restore(session, post, true);   // the post and the comments deleted with it
 * int purged = SoftDeletes.purge(session, Post.class, Instant.now().minus(Duration.ofDays(30)));
 * }</pre>
 *
 * <p>Scopes switch the session's filters for the duration of the call only and restore what the
 * session saw before, on failure too; another session, or another thread, is never affected.
 */
public final class SoftDeletes {

    /**
     * The filter that hides soft-deleted rows: enabled in every session, applied to queries and
     * collections, and honoured by {@code find}. Disabling it by hand
     * ({@code session.disableFilter(HIDE_DELETED_FILTER)}) is the same as {@link #withDeleted}
     * for the rest of the session.
     */
    public static final String HIDE_DELETED_FILTER = "hibernatepack.hide_deleted";

    /** The filter behind {@link #onlyDeleted}: applied to queries on soft-deletable entities. */
    public static final String ONLY_DELETED_FILTER = "hibernatepack.only_deleted";

    private static final String PURGE_ALIAS = "purged_by_hibernate_pack";

    private SoftDeletes() {
    }

    /**
     * Returns the stateless session as it is: every stateless session already hides deleted rows
     * from its queries and from {@code get}, from its first use.
     *
     * @deprecated not needed; kept so that code written for earlier versions compiles
     */
    @Deprecated(since = "0.1.0")
    public static StatelessSession hideDeleted(StatelessSession session) {
        SoftDeleteFilters.current(Objects.requireNonNull(session, "session must not be null"));
        return session;
    }

    /** Runs {@code work} seeing deleted rows as well as live ones, and returns its result. */
    public static <T> T withDeleted(EntityManager session, Supplier<T> work) {
        return SoftDeleteFilters.with(session(session), View.ALL, work);
    }

    /** Runs {@code work} seeing deleted rows as well as live ones. */
    public static void withDeleted(EntityManager session, Runnable work) {
        Objects.requireNonNull(work, "work must not be null");
        withDeleted(session, () -> {
            work.run();
            return null;
        });
    }

    /** As {@link #withDeleted(EntityManager, Supplier)}, for a stateless session. */
    public static <T> T withDeleted(StatelessSession session, Supplier<T> work) {
        return SoftDeleteFilters.with(session(session), View.ALL, work);
    }

    /**
     * Runs {@code work} with queries on soft-deletable entities returning deleted rows only (the
     * "trash" view). {@code find}, collections and to-one associations see all rows meanwhile, as in
     * {@link #withDeleted}, so a deleted row's live parent still loads.
     */
    public static <T> T onlyDeleted(EntityManager session, Supplier<T> work) {
        return SoftDeleteFilters.with(session(session), View.DELETED, work);
    }

    /** As {@link #onlyDeleted(EntityManager, Supplier)}, for a stateless session. */
    public static <T> T onlyDeleted(StatelessSession session, Supplier<T> work) {
        return SoftDeleteFilters.with(session(session), View.DELETED, work);
    }

    /**
     * Revives a managed soft-deleted entity and, when {@code withChildren}, exactly the children
     * (through associations mapped with cascade {@code REMOVE} or {@code orphanRemoval}, at any
     * depth) that were soft-deleted by the same {@code remove()}: those whose {@code deleted_at}
     * equals the entity's. Children deleted earlier stay deleted. Before changing anything it checks
     * the {@link UniqueWhileActive} keys of every row to revive against the live rows.
     *
     * @throws RestoreConflictException when a live row holds one of those keys; nothing is changed
     * @throws IllegalArgumentException when the entity is not managed by the session
     */
    public static void restore(EntityManager session, SoftDeletable entity, boolean withChildren) {
        Objects.requireNonNull(entity, "entity must not be null");
        SessionImplementor source = HibernateObjects.session(session);
        if (!source.contains(entity)) {
            throw new IllegalArgumentException(entity.getClass().getName() + " is not managed by this session;"
                    + " load it inside SoftDeletes.withDeleted(...) or merge it first");
        }
        if (!entity.isDeleted()) {
            return;
        }
        List<SoftDeletable> revive = new ArrayList<>();
        revive.add(entity);
        SoftDeleteFilters.with(source, View.ALL, () -> {
            if (withChildren) {
                Set<Object> visited = Collections.newSetFromMap(new IdentityHashMap<>());
                visited.add(entity);
                collectChildren(source, entity, revive, visited);
            }
            List<String> conflicts = new ArrayList<>();
            revive.forEach(row -> conflicts.addAll(conflicts(source, row)));
            if (!conflicts.isEmpty()) {
                throw new RestoreConflictException(conflicts);
            }
            return null;
        });
        revive.forEach(SoftDeletable::restore);
    }

    /**
     * Deletes the entity's row for good, with Hibernate's own delete: cascades reach children
     * whether deleted or not. The entity must be managed; load a deleted one inside
     * {@link #withDeleted}.
     */
    public static void hardDelete(EntityManager session, Object entity) {
        Objects.requireNonNull(entity, "entity must not be null");
        HardDeletes.run(() -> withDeleted(session, () -> {
            session.remove(entity);
            return null;
        }));
    }

    /** Deletes the entity's row for good through a stateless session (no cascades). */
    public static void hardDelete(StatelessSession session, Object entity) {
        Objects.requireNonNull(entity, "entity must not be null");
        HardDeletes.run(() -> {
            session.delete(entity);
            return null;
        });
    }

    /**
     * Deletes for good, in one statement, every row of {@code type} soft-deleted before
     * {@code deletedBefore} (retention), and returns how many. A bulk statement: no cascades, and
     * instances already in the session are not touched; rows that other rows still reference
     * fail on the foreign key unless those go first (or the key is {@code on delete cascade}).
     */
    public static int purge(EntityManager session, Class<? extends SoftDeletable> type, Instant deletedBefore) {
        String hql = purgeStatement(type, deletedBefore);
        return HardDeletes.run(() -> withDeleted(session,
                () -> session.createQuery(hql).setParameter("before", deletedBefore).executeUpdate()));
    }

    /** As {@link #purge(EntityManager, Class, Instant)}, for a stateless session. */
    public static int purge(StatelessSession session, Class<? extends SoftDeletable> type, Instant deletedBefore) {
        String hql = purgeStatement(type, deletedBefore);
        return HardDeletes.run(() -> withDeleted(session,
                () -> session.createMutationQuery(hql).setParameter("before", deletedBefore).executeUpdate()));
    }

    private static String purgeStatement(Class<? extends SoftDeletable> type, Instant deletedBefore) {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(deletedBefore, "deletedBefore must not be null");
        String deletedAt = SoftDeleteState.fields(type).deletedAtName();
        return "delete from " + type.getName() + " " + PURGE_ALIAS + " where " + PURGE_ALIAS + "." + deletedAt + " < :before";
    }

    private static void collectChildren(SessionImplementor session, SoftDeletable parent, List<SoftDeletable> out, Set<Object> visited) {
        EntityPersister persister = session.getEntityPersister(null, parent);
        var styles = persister.getPropertyCascadeStyles();
        var types = persister.getPropertyTypes();
        var names = persister.getPropertyNames();
        Instant at = parent.getDeletedAt();
        for (int i = 0; i < names.length; i++) {
            if (!styles[i].doCascade(CascadingActions.REMOVE) && !styles[i].hasOrphanDelete()) {
                continue;
            }
            String childEntity = childEntityName(session, types[i]);
            if (childEntity == null) {
                continue;
            }
            Class<?> childType = session.getFactory().getMappingMetamodel().getEntityDescriptor(childEntity).getMappedClass();
            if (!SoftDeletable.class.isAssignableFrom(childType)) {
                continue;
            }
            List<?> children = session.createSelectionQuery("select c from " + persister.getEntityName() + " p join p."
                    + names[i] + " c where p = :parent", Object.class).setParameter("parent", parent).getResultList();
            for (Object child : children) {
                if (child instanceof SoftDeletable deletable && deletable.isDeleted() && at != null
                        && at.equals(deletable.getDeletedAt()) && visited.add(child)) {
                    out.add(deletable);
                    collectChildren(session, deletable, out, visited);
                }
            }
        }
    }

    private static String childEntityName(SessionImplementor session, org.hibernate.type.Type type) {
        if (type instanceof EntityType entityType) {
            return entityType.getAssociatedEntityName();
        }
        if (type instanceof CollectionType collectionType) {
            var element = session.getFactory().getMappingMetamodel().getCollectionDescriptor(collectionType.getRole()).getElementType();
            return element instanceof EntityType entityType ? entityType.getAssociatedEntityName() : null;
        }
        return null;
    }

    private static List<String> conflicts(SessionImplementor session, SoftDeletable row) {
        List<String> found = new ArrayList<>();
        EntityPersister persister = session.getEntityPersister(null, row);
        Object id = persister.getIdentifier(row, session);
        String deletedAt = SoftDeleteState.fields(row.getClass()).deletedAtName();
        for (Class<?> c = row.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (UniqueWhileActive key : c.getDeclaredAnnotationsByType(UniqueWhileActive.class)) {
                StringBuilder hql = new StringBuilder("select count(e) from ").append(persister.getEntityName())
                        .append(" e where e <> :self and e.").append(deletedAt).append(" is null");
                StringJoiner shown = new StringJoiner(", ");
                List<Object> values = new ArrayList<>();
                for (String attribute : key.value()) {
                    Object value = persister.getPropertyValue(row, attribute);
                    if (value == null) {
                        values = null;
                        break;
                    }
                    hql.append(" and e.").append(attribute).append(" = :k").append(values.size());
                    values.add(value);
                    boolean entityValued = persister.getPropertyType(attribute).isEntityType();
                    shown.add(attribute + "=" + (entityValued
                            ? "#" + session.getEntityPersister(null, value).getIdentifier(value, session) : value));
                }
                if (values == null) {
                    continue; // a null never collides
                }
                var query = session.createSelectionQuery(hql.toString(), Long.class).setParameter("self", row);
                for (int i = 0; i < values.size(); i++) {
                    query.setParameter("k" + i, values.get(i));
                }
                if (query.getSingleResult() > 0) {
                    found.add(persister.getEntityName() + "#" + id + " (" + shown + ") is held by a live row");
                }
            }
        }
        return found;
    }

    /** Hibernate's session behind {@code session}, a CDI or Spring proxy included. */
    private static SessionImplementor session(EntityManager session) {
        return HibernateObjects.session(Objects.requireNonNull(session, "session must not be null"));
    }

    /** The stateless session as given: the scopes call only its public filter methods, which a proxy passes on. */
    private static StatelessSession session(StatelessSession session) {
        return Objects.requireNonNull(session, "session must not be null");
    }
}
