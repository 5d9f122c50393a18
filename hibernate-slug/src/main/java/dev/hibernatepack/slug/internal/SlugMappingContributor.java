// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hibernate.boot.ResourceStreamLocator;
import org.hibernate.boot.spi.AdditionalMappingContributions;
import org.hibernate.boot.spi.AdditionalMappingContributor;
import org.hibernate.boot.spi.InFlightMetadataCollector;
import org.hibernate.boot.spi.MetadataBuildingContext;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Table;

import dev.hibernatepack.mixins.spi.UniqueWhileActiveIndexes;
import dev.hibernatepack.slug.InvalidSlugMappingException;

/**
 * Maps what every {@code @Slug} needs in the schema: the slug column not null, its unique index
 * (over the scope columns and the slug; for live rows only when soft-deleted rows give their slugs
 * up, which is the entity's own {@code @UniqueWhileActive} index when it declares that key), and
 * the slug history table when an entity keeps one. Does nothing when the module is
 * switched off or no entity has a slug.
 */
public final class SlugMappingContributor implements AdditionalMappingContributor {

    @Override
    public String getContributorName() {
        return "hibernate-pack-slug";
    }

    @Override
    public void contribute(AdditionalMappingContributions contributions, InFlightMetadataCollector metadata,
            ResourceStreamLocator resourceStreamLocator, MetadataBuildingContext buildingContext) {
        var settings = metadata.getBootstrapContext().getConfigurationService().getSettings();
        if (!SlugConfig.enabled(settings)) {
            return;
        }
        SlugConfig config = null;
        boolean history = false;
        for (PersistentClass entity : new ArrayList<>(metadata.getEntityBindings())) {
            Optional<SlugMapping> found = SlugMapping.of(entity);
            if (found.isEmpty() || !found.get().declared()) {
                continue;
            }
            config = config == null ? SlugConfig.of(metadata.getBootstrapContext().getServiceRegistry()) : config;
            SlugMapping slug = found.get();
            history |= slug.slug().history();
            Column column = slug.column();
            column.setNullable(false);
            if (metadata.getDatabase().getDialect() instanceof PostgreSQLDialect && column.getCollation() == null) {
                // Slugs are ASCII: byte order sorts them right, and lets the unique index serve "slug like 'base%'".
                column.setCollation("C");
            }
            if (column.getLength() != null && column.getLength() < SlugConfig.MIN_LENGTH) {
                throw new InvalidSlugMappingException("@Slug " + slug.entityName() + "." + slug.property().getName()
                        + " has a column of length " + column.getLength() + "; a slug column needs at least " + SlugConfig.MIN_LENGTH);
            }
            Table table = slug.property().getValue().getTable();
            List<Column> columns = new ArrayList<>(slug.scopeColumns());
            columns.add(column);
            Optional<Column> deletedAt = UniqueWhileActiveIndexes.deletedAtColumn(entity);
            if (deletedAt.isPresent() && (slug.activeKey() || !config.reserveDeleted())) {
                // With an @UniqueWhileActive key of the same columns, the same index under the same name: one index.
                UniqueWhileActiveIndexes.add(table, columns, slug.indexName(), deletedAt.get(), metadata);
            } else {
                Index index = table.getOrCreateIndex(slug.indexName());
                index.setUnique(true);
                columns.forEach(index::addColumn);
            }
        }
        if (history) {
            contributions.contributeEntity(SlugHistoryRow.class);
        }
    }
}
