// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.spi;

import java.util.List;
import java.util.Optional;

import org.hibernate.MappingException;
import org.hibernate.boot.spi.InFlightMetadataCollector;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.dialect.SQLServerDialect;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Table;

import dev.hibernatepack.mixins.SoftDeletable;
import dev.hibernatepack.mixins.UniqueWhileActive;
import dev.hibernatepack.mixins.internal.SoftDeleteState;

/**
 * The schema objects behind {@link UniqueWhileActive}, for modules that add such a key themselves
 * (the slug module's index when soft-deleted rows do not keep their slugs): a partial unique index
 * on PostgreSQL and SQL Server, a unique index over generated {@code <column>_if_active} columns
 * elsewhere.
 */
public final class UniqueWhileActiveIndexes {

    private UniqueWhileActiveIndexes() {
    }

    /** The name of the {@code deleted_at} attribute of a {@link SoftDeletable} entity; empty for other entities. */
    public static Optional<String> deletedAtAttribute(PersistentClass entity) {
        Class<?> type = entity.getMappedClass();
        return type == null || !SoftDeletable.class.isAssignableFrom(type) ? Optional.empty()
                : Optional.of(SoftDeleteState.fields(type).deletedAtName());
    }

    /** The {@code deleted_at} column of a {@link SoftDeletable} entity; empty for other entities. */
    public static Optional<Column> deletedAtColumn(PersistentClass entity) {
        Class<?> type = entity.getMappedClass();
        if (type == null || !SoftDeletable.class.isAssignableFrom(type)) {
            return Optional.empty();
        }
        try {
            var property = entity.getRecursiveProperty(SoftDeleteState.fields(type).deletedAtName());
            return property.getColumnSpan() == 1 && property.getSelectables().get(0) instanceof Column column
                    ? Optional.of(column) : Optional.empty();
        } catch (MappingException e) {
            return Optional.empty(); // the mixins module reports the missing attribute itself
        }
    }

    /**
     * Adds to {@code table} the unique index {@code name} over {@code columns} that only rows whose
     * {@code deletedAt} is null must respect.
     */
    public static void add(Table table, List<Column> columns, String name, Column deletedAt, InFlightMetadataCollector metadata) {
        Dialect dialect = metadata.getDatabase().getDialect();
        Index index = table.getOrCreateIndex(name);
        index.setUnique(true);
        String alive = deletedAt.getQuotedName(dialect) + " is null";
        if (dialect instanceof PostgreSQLDialect || dialect instanceof SQLServerDialect) {
            columns.forEach(index::addColumn);
            index.setOptions("where " + alive);
        } else {
            // No partial indexes: index generated columns that are null for deleted rows (nulls never collide).
            for (Column column : columns) {
                Column generated = new Column(column.getName() + "_if_active");
                generated.setSqlType(column.getSqlType(metadata));
                generated.setSqlTypeCode(column.getSqlTypeCode(metadata));
                generated.setValue(column.getValue()); // same type as its source; never written by Hibernate
                generated.setNullable(true);
                generated.setGeneratedAs("case when " + alive + " then " + column.getQuotedName(dialect) + " end");
                table.addColumn(generated);
                index.addColumn(generated);
            }
        }
    }
}
