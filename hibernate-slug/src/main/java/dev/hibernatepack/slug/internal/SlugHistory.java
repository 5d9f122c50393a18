// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;

import dev.hibernatepack.mixins.PackClock;

/**
 * Writes the slug history in the transaction that changes the slug, on the session's connection:
 * the slug a row leaves is kept, the slug it takes back is no longer old, and a row deleted for
 * good takes its old slugs with it.
 */
final class SlugHistory {

    private SlugHistory() {
    }

    static void moved(SharedSessionContractImplementor session, SlugModel model, Object id, String before, String after) {
        String table = table(session);
        String entityId = String.valueOf(id);
        execute(session, "delete from " + table + " where entity_name = ? and entity_id = ? and slug = ?",
                model.entityName, entityId, after);
        execute(session, "insert into " + table + " (entity_name, entity_id, slug, replaced_at) values (?, ?, ?, ?)",
                model.entityName, entityId, before, OffsetDateTime.ofInstant(PackClock.of(session.getFactory()).instant(), ZoneOffset.UTC));
    }

    static void forget(SharedSessionContractImplementor session, SlugModel model, Object id) {
        execute(session, "delete from " + table(session) + " where entity_name = ? and entity_id = ?",
                model.entityName, String.valueOf(id));
    }

    private static String table(SharedSessionContractImplementor session) {
        EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(SlugHistoryRow.class);
        return ((org.hibernate.persister.entity.AbstractEntityPersister) persister).getTableName();
    }

    private static void execute(SharedSessionContractImplementor session, String sql, Object... values) {
        SlugStatements.update(session, sql, statement -> {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
        }, "Could not write the slug history");
    }
}
