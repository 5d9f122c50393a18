// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.util.List;

import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.query.spi.QueryOptions;
import org.hibernate.query.spi.QueryParameterBindings;
import org.hibernate.query.sqm.internal.DomainParameterXref;
import org.hibernate.query.sqm.sql.SqmTranslation;
import org.hibernate.query.sqm.sql.SqmTranslator;
import org.hibernate.query.sqm.sql.SqmTranslatorFactory;
import org.hibernate.query.sqm.sql.internal.StandardSqmTranslator;
import org.hibernate.query.sqm.tree.SqmDmlStatement;
import org.hibernate.query.sqm.tree.SqmStatement;
import org.hibernate.query.sqm.tree.delete.SqmDeleteStatement;
import org.hibernate.query.sqm.tree.select.SqmSelectStatement;
import org.hibernate.sql.ast.spi.SqlAstCreationContext;
import org.hibernate.sql.ast.tree.MutationStatement;
import org.hibernate.sql.ast.tree.Statement;
import org.hibernate.sql.ast.tree.select.SelectStatement;

import dev.hibernatepack.mixins.BulkDeleteRefusedException;
import dev.hibernatepack.mixins.SoftDeletable;

/**
 * Hibernate's standard translator, with two differences. A stateless session left as it is hides
 * deleted rows from what it translates ({@link SoftDeleteFilters#hiding}). A bulk {@code delete}
 * of a {@link SoftDeletable} entity (HQL or criteria) is refused, unless it runs inside an
 * explicit hard delete or purge, or runs in a stateless session, where it becomes a soft delete
 * ({@link StatelessBulkDelete}; still refused when the entity owns collection tables, whose rows
 * Hibernate would delete first). Checked once per translation.
 */
public final class SoftDeleteTranslatorFactory implements SqmTranslatorFactory {

    @Override
    public SqmTranslator<SelectStatement> createSelectTranslator(SqmSelectStatement<?> statement, QueryOptions queryOptions,
            DomainParameterXref domainParameterXref, QueryParameterBindings domainParameterBindings,
            LoadQueryInfluencers loadQueryInfluencers, SqlAstCreationContext creationContext, boolean deduplicateSelectionItems) {
        return new Translator<>(statement, queryOptions, domainParameterXref, domainParameterBindings, loadQueryInfluencers,
                creationContext, deduplicateSelectionItems);
    }

    @Override
    public SqmTranslator<? extends MutationStatement> createMutationTranslator(SqmDmlStatement<?> statement,
            QueryOptions queryOptions, DomainParameterXref domainParameterXref, QueryParameterBindings domainParameterBindings,
            LoadQueryInfluencers loadQueryInfluencers, SqlAstCreationContext creationContext) {
        SqmDmlStatement<?> translated = statement;
        if (statement instanceof SqmDeleteStatement<?> delete && !HardDeletes.active()) {
            Class<?> type = delete.getTarget().getJavaType();
            if (type != null && SoftDeletable.class.isAssignableFrom(type)) {
                var fields = SoftDeleteState.fields(type);
                if (!SoftDeleteFilters.stateless(loadQueryInfluencers)) {
                    throw new BulkDeleteRefusedException(delete.getTarget().getEntityName(), fields.flagName(), fields.deletedAtName());
                }
                var persister = creationContext.getMappingMetamodel().getEntityDescriptor(delete.getTarget().getEntityName());
                List<String> collectionTables = StatelessBulkDelete.collectionTables(persister);
                if (!collectionTables.isEmpty()) {
                    throw new BulkDeleteRefusedException(delete.getTarget().getEntityName(), collectionTables);
                }
                // A stateless session has no cascade and holds no instance: the soft delete its delete(entity) makes
                translated = StatelessBulkDelete.softDelete(delete, persister, fields.flagName());
            }
        }
        return new Translator<MutationStatement>(translated, queryOptions, domainParameterXref, domainParameterBindings,
                loadQueryInfluencers, creationContext, false);
    }

    /** Hibernate's translator, translating with the hide filter on for a stateless session left as it is. */
    private static final class Translator<T extends Statement> extends StandardSqmTranslator<T> {

        private final LoadQueryInfluencers influencers;

        Translator(SqmStatement<?> statement, QueryOptions queryOptions, DomainParameterXref domainParameterXref,
                QueryParameterBindings domainParameterBindings, LoadQueryInfluencers influencers,
                SqlAstCreationContext creationContext, boolean deduplicateSelectionItems) {
            super(statement, queryOptions, domainParameterXref, domainParameterBindings, influencers, creationContext,
                    deduplicateSelectionItems);
            this.influencers = influencers;
        }

        @Override
        public SqmTranslation<T> translate() {
            return SoftDeleteFilters.hiding(influencers, super::translate);
        }
    }
}
