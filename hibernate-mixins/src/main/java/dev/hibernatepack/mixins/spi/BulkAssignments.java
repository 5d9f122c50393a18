// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.spi;

import java.util.Map;

import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * What a module needs a bulk {@code UPDATE} of an entity to set as well, because bulk statements
 * bypass the entity events its listeners rely on: the audit module's {@code updated_by}, say.
 * Code that issues bulk updates on behalf of the application (the repository's
 * {@code updateWhere} and {@code deleteWhere}) asks every implementation found through
 * {@code META-INF/services} and adds the assignments to its statement.
 */
public interface BulkAssignments {

    /**
     * Attribute name to value for a bulk update of {@code entityType} in {@code session}; empty
     * when this module has nothing to add.
     *
     * @param softDelete whether the statement soft-deletes the rows
     */
    Map<String, Object> assignments(SharedSessionContractImplementor session, Class<?> entityType, boolean softDelete);
}
