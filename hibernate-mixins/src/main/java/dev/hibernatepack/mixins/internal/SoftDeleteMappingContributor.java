// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hibernate.MappingException;
import org.hibernate.boot.ResourceStreamLocator;
import org.hibernate.boot.spi.AdditionalMappingContributions;
import org.hibernate.boot.spi.AdditionalMappingContributor;
import org.hibernate.boot.spi.InFlightMetadataCollector;
import org.hibernate.boot.spi.MetadataBuildingContext;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.FilterDefinition;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ManyToOne;
import org.hibernate.mapping.OneToMany;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;

import dev.hibernatepack.mixins.InvalidMappingException;
import dev.hibernatepack.mixins.SoftDeletable;
import dev.hibernatepack.mixins.SoftDeletes;
import dev.hibernatepack.mixins.UniqueWhileActive;
import dev.hibernatepack.mixins.spi.UniqueWhileActiveIndexes;

/**
 * Maps soft delete once all entities are bound: defines the two soft-delete filters, applies them
 * to every {@link SoftDeletable} entity and to every collection of such entities (so users never
 * write {@code @Filter}), and adds the schema objects of {@link UniqueWhileActive} keys. Does
 * nothing when the module is switched off or no entity is soft-deletable.
 */
public final class SoftDeleteMappingContributor implements AdditionalMappingContributor {

    private static final int MAX_NAME = 63;

    @Override
    public String getContributorName() {
        return "hibernate-pack-soft-delete";
    }

    @Override
    public void contribute(AdditionalMappingContributions contributions, InFlightMetadataCollector metadata,
            ResourceStreamLocator resourceStreamLocator, MetadataBuildingContext buildingContext) {
        if (!MixinsConfig.enabled(metadata.getBootstrapContext().getConfigurationService().getSettings())) {
            return;
        }
        Map<String, Column> deletedAtColumns = new LinkedHashMap<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            Class<?> type = entity.getMappedClass();
            if (type == null) {
                continue;
            }
            if (SoftDeletable.class.isAssignableFrom(type)) {
                deletedAtColumns.put(entity.getEntityName(), deletedAtColumn(entity));
            } else if (!annotations(type).isEmpty()) {
                throw new InvalidMappingException("@UniqueWhileActive on " + entity.getEntityName()
                        + " needs the entity to be SoftDeletable (extend SoftDeletableEntity or implement SoftDeletable)");
            }
        }
        if (deletedAtColumns.isEmpty()) {
            return;
        }
        Dialect dialect = metadata.getDatabase().getDialect();
        if (metadata.getFilterDefinition(SoftDeletes.HIDE_DELETED_FILTER) == null) {
            metadata.addFilterDefinition(new FilterDefinition(SoftDeletes.HIDE_DELETED_FILTER, "deleted_at is null",
                    true, false, Collections.emptyMap(), Collections.emptyMap()));
            metadata.addFilterDefinition(new FilterDefinition(SoftDeletes.ONLY_DELETED_FILTER, "deleted_at is not null",
                    false, false, Collections.emptyMap(), Collections.emptyMap()));
            // Applied to nothing: marks sessions whose soft-delete view is set (see SoftDeleteFilters)
            metadata.addFilterDefinition(new FilterDefinition(SoftDeleteFilters.VIEW_SET, "1=1",
                    true, false, Collections.emptyMap(), Collections.emptyMap()));
            metadata.addFilterDefinition(new FilterDefinition(SoftDeleteFilters.STATELESS, "1=1",
                    false, false, Collections.emptyMap(), Collections.emptyMap()));
        }
        for (PersistentClass entity : metadata.getEntityBindings()) {
            Column deletedAt = deletedAtColumns.get(entity.getEntityName());
            if (deletedAt == null) {
                continue;
            }
            String column = deletedAt.getQuotedName(dialect);
            if (entity.getSuperclass() == null) {
                entity.addFilter(SoftDeletes.HIDE_DELETED_FILTER, column + " is null", true, Map.of(), Map.of());
                entity.addFilter(SoftDeletes.ONLY_DELETED_FILTER, column + " is not null", true, Map.of(), Map.of());
            } else if (!deletedAtColumns.containsKey(entity.getRootClass().getEntityName())) {
                throw new InvalidMappingException(entity.getEntityName() + " is SoftDeletable but the root of its hierarchy, "
                        + entity.getRootClass().getEntityName() + ", is not: soft delete covers whole hierarchies,"
                        + " so make the root entity SoftDeletable");
            }
            for (UniqueWhileActive key : declaredKeys(entity)) {
                addUniqueWhileActive(entity, key, deletedAt, metadata);
            }
        }
        for (Collection collection : metadata.getCollectionBindings()) {
            String element = collection.getElement() instanceof OneToMany oneToMany ? oneToMany.getReferencedEntityName()
                    : collection.getElement() instanceof ManyToOne manyToMany ? manyToMany.getReferencedEntityName() : null;
            Column deletedAt = element == null ? null : deletedAtColumns.get(element);
            if (deletedAt == null) {
                continue;
            }
            String condition = deletedAt.getQuotedName(dialect) + " is null";
            if (collection.isOneToMany()) {
                collection.addFilter(SoftDeletes.HIDE_DELETED_FILTER, condition, true, Map.of(), Map.of());
            } else {
                collection.addManyToManyFilter(SoftDeletes.HIDE_DELETED_FILTER, condition, true, Map.of(), Map.of());
            }
        }
    }

    private static Column deletedAtColumn(PersistentClass entity) {
        var fields = SoftDeleteState.fields(entity.getMappedClass());
        property(entity, fields.flagName(), "@DeletedFlag");
        Property deletedAt = property(entity, fields.deletedAtName(), "@DeletedAt");
        if (deletedAt.getColumns().size() != 1) {
            throw new InvalidMappingException("@DeletedAt " + entity.getEntityName() + "." + deletedAt.getName() + " must map one column");
        }
        return deletedAt.getColumns().get(0);
    }

    private static Property property(PersistentClass entity, String name, String annotation) {
        try {
            return entity.getRecursiveProperty(name);
        } catch (MappingException e) {
            throw new InvalidMappingException(annotation + " " + entity.getEntityName() + "." + name
                    + " is not a mapped attribute (is it @Transient?)");
        }
    }

    /** The keys declared on the entity's class and its mapped superclasses, not on a parent entity's. */
    private static List<UniqueWhileActive> declaredKeys(PersistentClass entity) {
        Class<?> stop = entity.getSuperclass() == null ? Object.class : entity.getSuperclass().getMappedClass();
        List<UniqueWhileActive> found = new ArrayList<>();
        for (Class<?> c = entity.getMappedClass(); c != null && c != stop && c != Object.class; c = c.getSuperclass()) {
            found.addAll(List.of(c.getDeclaredAnnotationsByType(UniqueWhileActive.class)));
        }
        return found;
    }

    private static List<UniqueWhileActive> annotations(Class<?> type) {
        List<UniqueWhileActive> found = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            found.addAll(List.of(c.getDeclaredAnnotationsByType(UniqueWhileActive.class)));
        }
        return found;
    }

    private static void addUniqueWhileActive(PersistentClass entity, UniqueWhileActive key, Column deletedAt,
            InFlightMetadataCollector metadata) {
        if (key.value().length == 0) {
            throw new InvalidMappingException("@UniqueWhileActive on " + entity.getEntityName() + " names no attribute");
        }
        Table table = entity.getTable();
        List<Column> columns = new ArrayList<>();
        for (String attribute : key.value()) {
            Property property;
            try {
                property = entity.getRecursiveProperty(attribute);
            } catch (MappingException e) {
                throw new InvalidMappingException("@UniqueWhileActive on " + entity.getEntityName() + " names [" + attribute
                        + "], which is not a mapped attribute; allowed: basic and to-one attributes of the entity");
            }
            for (Selectable selectable : property.getSelectables()) {
                if (!(selectable instanceof Column column) || property.getValue().getTable() != table) {
                    throw new InvalidMappingException("@UniqueWhileActive on " + entity.getEntityName() + " names [" + attribute
                            + "], which is not a column of table " + table.getName()
                            + "; allowed: basic and to-one attributes of the entity");
                }
                columns.add(column);
            }
        }
        String name = key.name().isBlank() ? defaultName(table, columns) : key.name();
        UniqueWhileActiveIndexes.add(table, columns, name, deletedAt, metadata);
    }

    private static String defaultName(Table table, List<Column> columns) {
        StringBuilder name = new StringBuilder("ux_").append(table.getName());
        columns.forEach(column -> name.append('_').append(column.getName()));
        String full = name.toString().toLowerCase(Locale.ROOT);
        String base = full.length() > MAX_NAME - 7 ? full.substring(0, MAX_NAME - 7) : full;
        return base + "_active";
    }
}
