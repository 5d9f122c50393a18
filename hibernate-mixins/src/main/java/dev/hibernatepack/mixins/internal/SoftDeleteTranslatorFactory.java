// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.query.spi.QueryOptions;
import org.hibernate.query.spi.QueryParameterBindings;
import org.hibernate.query.sqm.internal.DomainParameterXref;
import org.hibernate.query.sqm.sql.SqmTranslator;
import org.hibernate.query.sqm.sql.StandardSqmTranslatorFactory;
import org.hibernate.query.sqm.tree.SqmDmlStatement;
import org.hibernate.query.sqm.tree.delete.SqmDeleteStatement;
import org.hibernate.sql.ast.spi.SqlAstCreationContext;
import org.hibernate.sql.ast.tree.MutationStatement;

import dev.hibernatepack.mixins.BulkDeleteRefusedException;
import dev.hibernatepack.mixins.SoftDeletable;

/**
 * Hibernate's standard translator, except that a bulk {@code delete} of a {@link SoftDeletable}
 * entity (HQL or criteria) is refused unless it runs inside an
 * explicit hard delete or purge. Checked once per translation, which Hibernate caches per query.
 */
public final class SoftDeleteTranslatorFactory extends StandardSqmTranslatorFactory {

    @Override
    public SqmTranslator<? extends MutationStatement> createMutationTranslator(SqmDmlStatement<?> statement,
            QueryOptions queryOptions, DomainParameterXref domainParameterXref, QueryParameterBindings domainParameterBindings,
            LoadQueryInfluencers loadQueryInfluencers, SqlAstCreationContext creationContext) {
        if (statement instanceof SqmDeleteStatement<?> delete && !HardDeletes.active()) {
            Class<?> type = delete.getTarget().getJavaType();
            if (type != null && SoftDeletable.class.isAssignableFrom(type)) {
                var fields = SoftDeleteState.fields(type);
                throw new BulkDeleteRefusedException(delete.getTarget().getEntityName(), fields.flagName(), fields.deletedAtName());
            }
        }
        return super.createMutationTranslator(statement, queryOptions, domainParameterXref, domainParameterBindings,
                loadQueryInfluencers, creationContext);
    }
}
