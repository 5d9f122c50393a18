// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.lang.ref.WeakReference;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.mapping.BasicEntityIdentifierMapping;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.query.sqm.NodeBuilder;
import org.hibernate.query.sqm.SemanticQueryWalker;
import org.hibernate.query.sqm.sql.SqmToSqlAstConverter;
import org.hibernate.query.sqm.tree.SqmCopyContext;
import org.hibernate.query.sqm.tree.SqmRenderContext;
import org.hibernate.query.sqm.tree.delete.SqmDeleteStatement;
import org.hibernate.query.sqm.tree.domain.SqmPath;
import org.hibernate.query.sqm.tree.expression.AbstractSqmExpression;
import org.hibernate.query.sqm.tree.expression.SqmExpression;
import org.hibernate.query.sqm.tree.update.SqmUpdateStatement;
import org.hibernate.sql.exec.internal.AbstractJdbcParameter;
import org.hibernate.sql.exec.spi.ExecutionContext;
import org.hibernate.sql.exec.spi.JdbcParameterBindings;

import dev.hibernatepack.mixins.spi.BulkAssignments;

/**
 * A bulk delete of a soft-deletable entity in a stateless session (a Jakarta Data
 * {@code deleteById} or {@code @Delete} by parameters), rewritten while Hibernate translates it
 * into the soft delete a stateless {@code delete(entity)} makes: an update of the same rows that
 * sets the deleted flag, {@code deleted_at}, {@code updated_at} and what the other modules'
 * {@link BulkAssignments} add ({@code deleted_by}). The values are bound each time the statement
 * runs, from the session it runs in, so a statement translated once never writes a stale time or
 * user. Rows already deleted are hidden by the soft-delete filter and keep their deletion time.
 */
final class StatelessBulkDelete {

    private static final List<BulkAssignments> CONTRIBUTORS = ServiceLoader.load(BulkAssignments.class,
            BulkAssignments.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();

    private StatelessBulkDelete() {
    }

    /**
     * The tables whose rows the entity's rows own (element collections, join tables) and which
     * Hibernate's bulk delete empties first: those would be lost even though the row stays.
     */
    static List<String> collectionTables(EntityPersister persister) {
        List<String> tables = new ArrayList<>();
        var attributes = persister.getAttributeMappings();
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i) instanceof PluralAttributeMapping plural && plural.getSeparateCollectionTable() != null
                    && !plural.getCollectionDescriptor().isCascadeDeleteEnabled()) {
                tables.add(plural.getSeparateCollectionTable());
            }
        }
        return tables;
    }

    /** The update that soft-deletes what {@code delete} names. */
    static <T> SqmUpdateStatement<T> softDelete(SqmDeleteStatement<T> delete, EntityPersister persister, String flagAttribute) {
        NodeBuilder builder = delete.nodeBuilder();
        SqmUpdateStatement<T> update = new SqmUpdateStatement<>(delete.getTarget(), delete.getQuerySource(), builder);
        update.setWhereClause(delete.getWhereClause());
        Values values = new Values(persister, flagAttribute);
        update.applyAssignment(path(update, flagAttribute), new BoundValue<>(flagAttribute, values, persister, builder));
        for (BulkAssignments contributor : CONTRIBUTORS) {
            for (String attribute : contributor.attributes(persister, true)) {
                var generator = persister.findAttributeMapping(attribute).getGenerator();
                update.applyAssignment(path(update, attribute),
                        generator instanceof TimestampGenerator timestamps && timestamps.generatedOnExecution()
                                ? (SqmExpression<Object>) builder.sql(timestamps.databaseTime(
                                        persister.getFactory().getJdbcServices().getDialect()), path(update, attribute).getJavaType())
                                : valueOrKept(update, attribute, new BoundValue<>(attribute, values, persister, builder)));
            }
        }
        return update;
    }

    /**
     * {@code coalesce(value, column)}: no value at run time (no current user, say) keeps what the
     * row holds. A to-one compares through its foreign key ({@code deletedBy.id}), which SQL can
     * coalesce; one whose key is not the target's single id takes the value as it is.
     */
    @SuppressWarnings("unchecked")
    private static SqmExpression<Object> valueOrKept(SqmUpdateStatement<?> update, String attribute, BoundValue<Object> value) {
        SqmPath<Object> path = path(update, attribute);
        var mapping = value.persister.findAttributeMapping(attribute);
        if (mapping instanceof ToOneAttributeMapping toOne) {
            var id = toOne.getAssociatedEntityMappingType().getIdentifierMapping();
            if (!(id instanceof BasicEntityIdentifierMapping basicId)
                    || !toOne.getForeignKeyDescriptor().getTargetPart().equals(basicId)) {
                return value;
            }
            return (SqmExpression<Object>) value.nodeBuilder().coalesce(value, path.get(basicId.getAttributeName()));
        }
        return (SqmExpression<Object>) value.nodeBuilder().coalesce(value, path);
    }

    @SuppressWarnings("unchecked")
    private static SqmPath<Object> path(SqmUpdateStatement<?> update, String attribute) {
        return (SqmPath<Object>) update.getTarget().get(attribute);
    }

    /** The values of one run, asked once per run of the statement and shared by its parameters. */
    private static final class Values {

        private final EntityPersister persister;
        private final String flagAttribute;
        // weakly: a query object kept by the application must not keep its last session alive
        private WeakReference<ExecutionContext> run = new WeakReference<>(null);
        private Map<String, Object> current;

        Values(EntityPersister persister, String flagAttribute) {
            this.persister = persister;
            this.flagAttribute = flagAttribute;
        }

        synchronized Object of(String attribute, ExecutionContext context) {
            if (run.get() != context) {
                SharedSessionContractImplementor session = context.getSession();
                Map<String, Object> values = new LinkedHashMap<>();
                values.put(flagAttribute, Boolean.TRUE);
                CONTRIBUTORS.forEach(contributor -> values.putAll(contributor.assignments(session, persister, true)));
                run = new WeakReference<>(context);
                current = values;
            }
            return current.get(attribute);
        }
    }

    /** An assigned value bound when the statement runs: the SQM node stands for a {@link BoundParameter}. */
    private static final class BoundValue<T> extends AbstractSqmExpression<T> {

        private final String attribute;
        private final Values values;
        private final EntityPersister persister;

        BoundValue(String attribute, Values values, EntityPersister persister, NodeBuilder builder) {
            super(null, builder);
            this.attribute = attribute;
            this.values = values;
            this.persister = persister;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <X> X accept(SemanticQueryWalker<X> walker) {
            if (!(walker instanceof SqmToSqlAstConverter)) {
                throw new UnsupportedOperationException("Only translated to SQL");
            }
            var mapping = persister.findAttributeMapping(attribute);
            return (X) new BoundParameter(mapping.getSingleJdbcMapping(), attribute, values,
                    mapping instanceof ToOneAttributeMapping toOne ? toOne : null);
        }

        @Override
        public BoundValue<T> copy(SqmCopyContext context) {
            return this;
        }

        @Override
        public void appendHqlString(StringBuilder hql, SqmRenderContext context) {
            hql.append(":").append(attribute);
        }

        @Override
        public boolean isCompatible(Object object) {
            return object == this;
        }

        @Override
        public int cacheHashCode() {
            return System.identityHashCode(this);
        }
    }

    /** The JDBC parameter of a {@link BoundValue}: binds the run's value, converted as the attribute's own values are. */
    private static final class BoundParameter extends AbstractJdbcParameter {

        private final String attribute;
        private final Values values;
        private final ToOneAttributeMapping toOne;

        BoundParameter(JdbcMapping mapping, String attribute, Values values, ToOneAttributeMapping toOne) {
            super(mapping);
            this.attribute = attribute;
            this.values = values;
            this.toOne = toOne;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void bindParameterValue(PreparedStatement statement, int startPosition, JdbcParameterBindings bindings,
                ExecutionContext context) throws SQLException {
            JdbcMapping mapping = getJdbcMapping();
            Object value = values.of(attribute, context);
            if (value != null && toOne != null
                    && toOne.getAssociatedEntityMappingType().getJavaType().getJavaTypeClass().isInstance(value)) {
                // a reference to the row: the foreign key holds its key
                value = toOne.getForeignKeyDescriptor().getAssociationKeyFromSide(value, toOne.getSideNature().inverse(),
                        context.getSession());
            }
            value = mapping.convertToRelationalValue(value);
            mapping.getJdbcValueBinder().bind(statement, value, startPosition, context.getSession());
        }
    }
}
