// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.spi;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;

/**
 * What a module needs a bulk {@code UPDATE} of an entity to set as well, because bulk statements
 * bypass the entity events its listeners and generators rely on: the mixins' {@code updated_at}
 * (and {@code deleted_at} for a soft delete), the audit module's {@code updated_by}, say. Code that
 * issues bulk updates on behalf of the application (the repository's {@code updateWhere} and
 * {@code deleteWhere}) asks every implementation found through {@code META-INF/services} and adds
 * the assignments to its statement.
 *
 * <p>A value is either assigned as it is, or, when it is a {@link SqlExpression}, computed by the
 * database as the statement runs (the mixins' {@code time_source=database}).
 */
public interface BulkAssignments {

    /**
     * Attribute name to value for a bulk update of the entity {@code persister} maps, in
     * {@code session}; empty when this module has nothing to add.
     *
     * @param softDelete whether the statement soft-deletes the rows
     */
    Map<String, Object> assignments(SharedSessionContractImplementor session, EntityPersister persister, boolean softDelete);

    /**
     * The attributes {@link #assignments} sets for the entity, known before any session exists. A
     * bulk statement the pack rewrites while Hibernate translates it (a bulk delete in a stateless
     * session, such as a Jakarta Data {@code deleteById}, becomes a soft delete) reserves a place
     * for each of them and takes the values from {@link #assignments} each time it runs. An
     * attribute left out here is not set by such statements.
     *
     * @param softDelete whether the statement soft-deletes the rows
     */
    default Set<String> attributes(EntityPersister persister, boolean softDelete) {
        return Set.of();
    }

    /**
     * An assigned value the database computes while the statement runs, such as its current
     * timestamp: {@code sql} is SQL of the factory's dialect, written into the statement as it is
     * and typed as the attribute it is assigned to (with criteria,
     * {@code HibernateCriteriaBuilder.sql(sql, attributeType)}). Made by the pack from the dialect,
     * never from user input.
     *
     * @param sql the SQL expression, for example {@code current_timestamp}
     */
    record SqlExpression(String sql) {

        /** Checks that {@code sql} is given. */
        public SqlExpression {
            Objects.requireNonNull(sql, "sql must not be null");
        }
    }
}
