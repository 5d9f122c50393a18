// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.hibernate.MappingException;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;

import dev.hibernatepack.mixins.UniqueWhileActive;
import dev.hibernatepack.mixins.spi.EntityAnnotations;
import dev.hibernatepack.slug.InvalidSlugMappingException;
import dev.hibernatepack.slug.Slug;
import dev.hibernatepack.slug.Sluggable;

/**
 * A {@link Slug} attribute as mapped, checked against the rest of the entity: one {@code String}
 * column, existing source and scope attributes in the same table.
 *
 * @param entityName the entity
 * @param property the slug attribute
 * @param column the slug column
 * @param slug the annotation
 * @param scopeColumns the columns of the scope attributes, in their order
 * @param indexName the unique index's name
 * @param declared whether the entity declares the attribute (rather than inheriting it from a parent entity)
 * @param activeKey whether the entity declares the slug's key (scope and slug) {@link UniqueWhileActive}: then
 *        that is the slug's index, and slugs of soft-deleted rows are free again whatever the settings say
 */
record SlugMapping(String entityName, Property property, Column column, Slug slug, List<Column> scopeColumns,
        String indexName, boolean declared, boolean activeKey) {

    private static final int MAX_NAME = 63;

    /** The entity's slug attribute, if it has one; fails on a {@code @Slug} that cannot work. */
    static Optional<SlugMapping> of(PersistentClass entity) {
        Class<?> type = entity.getMappedClass();
        if (type == null) {
            return Optional.empty();
        }
        // Checked against Hibernate's mapping when there is a slug: it is read from the member Hibernate uses.
        boolean slugged = !EntityAnnotations.of(type).attributesAnnotated(Slug.class).isEmpty();
        EntityAnnotations model = slugged ? EntityAnnotations.of(entity) : EntityAnnotations.of(type);
        SlugMapping found = null;
        for (Property property : entity.getPropertyClosure()) {
            Slug slug = model.annotation(property.getName(), Slug.class).orElse(null);
            if (slug == null) {
                continue;
            }
            String where = "@Slug " + entity.getEntityName() + "." + property.getName();
            if (found != null) {
                throw new InvalidSlugMappingException(where + ": the entity already has a slug, "
                        + found.property().getName() + "; an entity has at most one @Slug attribute");
            }
            Class<?> javaType = model.attribute(property.getName()).orElseThrow().javaType();
            if (javaType != String.class || property.getColumnSpan() != 1
                    || !(property.getSelectables().get(0) instanceof Column column)) {
                throw new InvalidSlugMappingException(where + " must be a String attribute mapped to one column"
                        + " (it is a " + javaType.getSimpleName() + ")");
            }
            if (slug.from().length == 0 && !Sluggable.class.isAssignableFrom(type)) {
                throw new InvalidSlugMappingException(where + " names no source: give @Slug(from = \"title\") or make "
                        + entity.getEntityName() + " implement Sluggable");
            }
            Table table = property.getValue().getTable();
            for (String source : slug.from()) {
                attribute(entity, source, where, "from");
            }
            List<Column> scopeColumns = new ArrayList<>();
            for (String scope : slug.scope()) {
                Property scoped = attribute(entity, scope, where, "scope");
                for (Selectable selectable : scoped.getSelectables()) {
                    if (!(selectable instanceof Column scopeColumn) || scoped.getValue().getTable() != table) {
                        throw new InvalidSlugMappingException(where + " has scope [" + scope + "], which is not a column of table "
                                + table.getName() + "; allowed: basic and to-one attributes in the slug's table");
                    }
                    scopeColumns.add(scopeColumn);
                }
            }
            Optional<String> activeIndex = activeKeyIndex(entity, table, property.getName(), slug);
            String index = activeIndex.orElse(slug.index().isBlank() ? defaultIndexName(table, scopeColumns, column) : slug.index());
            found = new SlugMapping(entity.getEntityName(), property, column, slug, List.copyOf(scopeColumns), index,
                    entity.getProperties().contains(property), activeIndex.isPresent());
        }
        if (found == null && Sluggable.class.isAssignableFrom(type) && entity.getSuperclass() == null) {
            throw new InvalidSlugMappingException(entity.getEntityName() + " is Sluggable but has no @Slug attribute;"
                    + " annotate the String attribute that holds the slug with @Slug");
        }
        return Optional.ofNullable(found);
    }

    /**
     * The name of the index of the entity's {@link UniqueWhileActive} key made of the slug's scope
     * and the slug, if it declares one: its {@code name}, or the default that
     * {@code UniqueWhileActive} documents, {@code ux_<table>_<columns>_active} cut to 63 characters.
     */
    private static Optional<String> activeKeyIndex(PersistentClass entity, Table table, String slugAttribute, Slug slug) {
        Set<String> slugKey = new HashSet<>(List.of(slug.scope()));
        slugKey.add(slugAttribute);
        Class<?> stop = entity.getSuperclass() == null ? Object.class : entity.getSuperclass().getMappedClass();
        for (Class<?> c = entity.getMappedClass(); c != null && c != stop && c != Object.class; c = c.getSuperclass()) {
            for (UniqueWhileActive key : c.getDeclaredAnnotationsByType(UniqueWhileActive.class)) {
                if (key.value().length != slugKey.size() || !slugKey.equals(new HashSet<>(List.of(key.value())))) {
                    continue;
                }
                if (!key.name().isBlank()) {
                    return Optional.of(key.name());
                }
                StringBuilder name = new StringBuilder("ux_").append(table.getName());
                for (String attribute : key.value()) {
                    entity.getRecursiveProperty(attribute).getSelectables()
                            .forEach(selectable -> name.append('_').append(((Column) selectable).getName()));
                }
                String full = name.toString().toLowerCase(Locale.ROOT);
                return Optional.of((full.length() > MAX_NAME - 7 ? full.substring(0, MAX_NAME - 7) : full) + "_active");
            }
        }
        return Optional.empty();
    }

    private static Property attribute(PersistentClass entity, String name, String where, String role) {
        try {
            return entity.getRecursiveProperty(name);
        } catch (MappingException e) {
            throw new InvalidSlugMappingException(where + " has " + role + " [" + name + "], which is not a mapped attribute of "
                    + entity.getEntityName());
        }
    }

    private static String defaultIndexName(Table table, List<Column> scope, Column slug) {
        StringBuilder name = new StringBuilder("ux_").append(table.getName());
        scope.forEach(column -> name.append('_').append(column.getName()));
        name.append('_').append(slug.getName());
        String full = name.toString().toLowerCase(Locale.ROOT);
        return full.length() > MAX_NAME ? full.substring(0, MAX_NAME) : full;
    }
}
