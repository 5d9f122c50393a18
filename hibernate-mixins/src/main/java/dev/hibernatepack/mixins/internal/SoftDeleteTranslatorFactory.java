// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.util.List;

import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.query.spi.QueryOptions;
import org.hibernate.query.spi.QueryParameterBindings;
import org.hibernate.query.sqm.internal.DomainParameterXref;
import org.hibernate.query.sqm.sql.SqmTranslator;
import org.hibernate.query.sqm.sql.StandardSqmTranslatorFactory;
import org.hibernate.query.sqm.tree.SqmDmlStatement;
import org.hibernate.query.sqm.tree.delete.SqmDeleteStatement;
import org.hibernate.query.sqm.tree.select.SqmSelectStatement;
import org.hibernate.sql.ast.spi.SqlAstCreationContext;
import org.hibernate.sql.ast.tree.MutationStatement;
import org.hibernate.sql.ast.tree.select.SelectStatement;

import dev.hibernatepack.mixins.BulkDeleteRefusedException;
import dev.hibernatepack.mixins.SoftDeletable;

/**
 * Hibernate's standard translator, except that a bulk {@code delete} of a {@link SoftDeletable}
 * entity (HQL or criteria) is refused unless it runs inside an explicit hard delete or purge, or
 * runs in a stateless session, where it becomes a soft delete ({@link StatelessBulkDelete}; still
 * refused when the entity owns collection tables, whose rows Hibernate would delete first). Checked once per translation, which Hibernate caches per query.
 * Before translating, it gives a stateless session that has no soft-delete view yet the view of
 * a new {@code Session} ({@link SoftDeleteFilters#prepare}), so its queries hide deleted rows.
 */
public final class SoftDeleteTranslatorFactory extends StandardSqmTranslatorFactory {

    @Override
    public SqmTranslator<SelectStatement> createSelectTranslator(SqmSelectStatement<?> statement, QueryOptions queryOptions,
            DomainParameterXref domainParameterXref, QueryParameterBindings domainParameterBindings,
            LoadQueryInfluencers loadQueryInfluencers, SqlAstCreationContext creationContext, boolean deduplicateSelectionItems) {
        SoftDeleteFilters.prepare(loadQueryInfluencers);
        return super.createSelectTranslator(statement, queryOptions, domainParameterXref, domainParameterBindings,
                loadQueryInfluencers, creationContext, deduplicateSelectionItems);
    }

    @Override
    public SqmTranslator<? extends MutationStatement> createMutationTranslator(SqmDmlStatement<?> statement,
            QueryOptions queryOptions, DomainParameterXref domainParameterXref, QueryParameterBindings domainParameterBindings,
            LoadQueryInfluencers loadQueryInfluencers, SqlAstCreationContext creationContext) {
        SoftDeleteFilters.prepare(loadQueryInfluencers);
        if (statement instanceof SqmDeleteStatement<?> delete && !HardDeletes.active()) {
            Class<?> type = delete.getTarget().getJavaType();
            if (type != null && SoftDeletable.class.isAssignableFrom(type)) {
                var fields = SoftDeleteState.fields(type);
                var persister = creationContext.getMappingMetamodel().getEntityDescriptor(delete.getTarget().getEntityName());
                if (SoftDeleteFilters.stateless(loadQueryInfluencers)) {
                    List<String> collectionTables = StatelessBulkDelete.collectionTables(persister);
                    if (!collectionTables.isEmpty()) {
                        throw new BulkDeleteRefusedException(delete.getTarget().getEntityName(), collectionTables);
                    }
                    // A stateless session has no cascade and holds no instance: the soft delete its delete(entity) makes
                    return super.createMutationTranslator(StatelessBulkDelete.softDelete(delete, persister, fields.flagName()),
                            queryOptions, domainParameterXref, domainParameterBindings, loadQueryInfluencers, creationContext);
                }
                throw new BulkDeleteRefusedException(delete.getTarget().getEntityName(), fields.flagName(), fields.deletedAtName());
            }
        }
        return super.createMutationTranslator(statement, queryOptions, domainParameterXref, domainParameterBindings,
                loadQueryInfluencers, creationContext);
    }
}
