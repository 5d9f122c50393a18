// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.hibernate.SharedSessionContract;
import org.hibernate.StatelessSession;
import org.hibernate.persister.entity.EntityPersister;

import dev.hibernatepack.mixins.spi.HibernateObjects;
import dev.hibernatepack.slug.SlugMatch;

/** Finds a row by its current slug, then by an old one when the entity keeps a slug history. */
public final class SlugFinder {

    private SlugFinder() {
    }

    /** See {@link dev.hibernatepack.slug.Slugs#findBySlug(EntityManager, Class, String, Object...)}. */
    public static <T> Optional<SlugMatch<T>> find(EntityManager entityManager, Class<T> entityType, String slug, Object... scope) {
        Objects.requireNonNull(entityManager, "entityManager must not be null");
        return lookUp(HibernateObjects.session(entityManager), entityType, slug, scope);
    }

    /** See {@link dev.hibernatepack.slug.Slugs#findBySlug(StatelessSession, Class, String, Object...)}. */
    public static <T> Optional<SlugMatch<T>> find(StatelessSession statelessSession, Class<T> entityType, String slug,
            Object... scope) {
        Objects.requireNonNull(statelessSession, "statelessSession must not be null");
        return lookUp(statelessSession, entityType, slug, scope);
    }

    private static <T> Optional<SlugMatch<T>> lookUp(SharedSessionContract session, Class<T> entityType, String slug,
            Object... scope) {
        Objects.requireNonNull(entityType, "entityType must not be null");
        Objects.requireNonNull(slug, "slug must not be null");
        Objects.requireNonNull(scope, "scope must not be null");
        // Through the public contract only: a stateless session may be a container's proxy.
        var factory = HibernateObjects.sessionFactory(session.getFactory());
        EntityPersister persister = factory.getMappingMetamodel().getEntityDescriptor(entityType);
        SlugRuntime runtime = SlugRuntime.of(factory);
        SlugModel model = runtime == null ? null : runtime.model(persister.getEntityName());
        if (model == null) {
            throw new IllegalArgumentException(persister.getEntityName() + " has no @Slug attribute"
                    + (runtime == null ? " (or the slug module is switched off)" : ""));
        }
        if (scope.length != model.scopes.size() || Arrays.asList(scope).contains(null)) {
            throw new IllegalArgumentException("A slug of " + model.entityName + " is unique per " + model.scopes
                    + ": give " + model.scopes.size() + " non-null scope value(s) in that order, not " + Arrays.toString(scope));
        }
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < scope.length; i++) {
            where.append(" and e.").append(model.scopes.get(i)).append(" = :scope").append(i);
        }
        var current = session.createSelectionQuery("select e from " + model.entityName + " e where e." + model.slugAttribute
                + " = :slug" + where, entityType).setParameter("slug", slug);
        bind(current, scope);
        List<T> found = current.setMaxResults(1).getResultList();
        if (!found.isEmpty()) {
            return Optional.of(new SlugMatch<>(found.get(0), slug, false));
        }
        if (!model.history) {
            return Optional.empty();
        }
        List<String> ids = session.createSelectionQuery("select h.entityId from " + SlugHistoryRow.ENTITY_NAME
                        + " h where h.entityName = :entity and h.slug = :slug order by h.replacedAt desc, h.id desc", String.class)
                .setParameter("entity", model.entityName).setParameter("slug", slug).setMaxResults(50).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        var idType = persister.getIdentifierMapping().getJavaType();
        List<Object> keys = new ArrayList<>();
        ids.forEach(id -> keys.add(idType.fromString(id)));
        var old = session.createSelectionQuery("select e from " + model.entityName + " e where id(e) in :ids" + where, entityType)
                .setParameter("ids", keys);
        bind(old, scope);
        List<T> rows = old.getResultList();
        for (Object key : keys) { // the row that gave the slug up last wins
            for (T row : rows) {
                if (Objects.equals(factory.getPersistenceUnitUtil().getIdentifier(row), key)) {
                    return Optional.of(new SlugMatch<>(row, (String) persister.getPropertyValue(row, model.slugAttribute), true));
                }
            }
        }
        return Optional.empty();
    }

    private static void bind(org.hibernate.query.SelectionQuery<?> query, Object[] scope) {
        for (int i = 0; i < scope.length; i++) {
            query.setParameter("scope" + i, scope[i]);
        }
    }
}
