// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.internal;

import java.util.Map;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.EventType;

import dev.hibernatepack.mixins.spi.BulkAssignments;

/**
 * {@code updated_by} (and {@code deleted_by} for a soft delete) for the bulk updates the pack
 * issues, from the factory's own audit listener, so that they record the current user as an
 * entity update would.
 */
public final class AuditBulkAssignments implements BulkAssignments {

    @Override
    public Map<String, Object> assignments(SharedSessionContractImplementor session, Class<?> entityType, boolean softDelete) {
        var factory = session.getFactory();
        var persister = factory.getMappingMetamodel().findEntityDescriptor(entityType);
        if (persister == null) {
            return Map.of();
        }
        for (Object listener : factory.getEventListenerRegistry().getEventListenerGroup(EventType.PRE_UPDATE).listeners()) {
            if (listener instanceof WhoListener who) {
                return who.bulkAssignments(session, persister.getEntityName(), softDelete);
            }
        }
        return Map.of();
    }
}
