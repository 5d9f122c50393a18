// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.internal;

import java.util.Map;
import java.util.Set;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.persister.entity.EntityPersister;

import dev.hibernatepack.mixins.spi.BulkAssignments;

/**
 * {@code updated_by} (and {@code deleted_by} for a soft delete) for the bulk updates the pack
 * issues, from the factory's own audit listener, so that they record the current user as an
 * entity update would.
 */
public final class AuditBulkAssignments implements BulkAssignments {

    @Override
    public Set<String> attributes(EntityPersister persister, boolean softDelete) {
        WhoListener who = who(persister.getFactory());
        return who == null ? Set.of() : who.bulkAttributes(persister.getEntityName(), softDelete);
    }

    @Override
    public Map<String, Object> assignments(SharedSessionContractImplementor session, EntityPersister persister, boolean softDelete) {
        WhoListener who = who(session.getFactory());
        return who == null ? Map.of() : who.bulkAssignments(session, persister.getEntityName(), softDelete);
    }

    private static WhoListener who(SessionFactoryImplementor factory) {
        for (Object listener : factory.getEventListenerRegistry().getEventListenerGroup(EventType.PRE_UPDATE).listeners()) {
            if (listener instanceof WhoListener who) {
                return who;
            }
        }
        return null;
    }
}
