// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;

import dev.hibernatepack.mixins.DeletedAt;
import dev.hibernatepack.mixins.UpdatedAt;
import dev.hibernatepack.mixins.spi.BulkAssignments;

/**
 * The timestamps a bulk update must set, computed by the attributes' own generators: every
 * {@link UpdatedAt} attribute (and, for a soft delete, the {@link DeletedAt} one) gets what an
 * entity update would write, read from the factory's one clock once per statement, converted to
 * the attribute's type and truncated to its column's precision; with {@code time_source=database}
 * the database's current time, as in an entity update. The attributes are the ones whose generator
 * Hibernate's persister holds, so no annotation is read here.
 */
public final class MixinsBulkAssignments implements BulkAssignments {

    @Override
    public Set<String> attributes(EntityPersister persister, boolean softDelete) {
        Set<String> names = new LinkedHashSet<>();
        var attributes = persister.getAttributeMappings();
        for (int i = 0; i < attributes.size(); i++) {
            var attribute = attributes.get(i);
            if (stamps(attribute.getGenerator(), softDelete)) {
                names.add(attribute.getAttributeName());
            }
        }
        return names;
    }

    @Override
    public Map<String, Object> assignments(SharedSessionContractImplementor session, EntityPersister persister, boolean softDelete) {
        var factory = session.getFactory();
        Map<String, Object> assignments = new LinkedHashMap<>();
        Instant now = null;
        var attributes = persister.getAttributeMappings();
        for (int i = 0; i < attributes.size(); i++) {
            var attribute = attributes.get(i);
            var generator = attribute.getGenerator();
            if (!stamps(generator, softDelete)) {
                continue;
            }
            if (generator instanceof TimestampGenerator timestamps) {
                if (timestamps.generatedOnExecution()) {
                    assignments.put(attribute.getAttributeName(),
                            new SqlExpression(timestamps.databaseTime(factory.getJdbcServices().getDialect())));
                } else {
                    now = now != null ? now : MixinsRuntime.of(factory).clock().instant();
                    assignments.put(attribute.getAttributeName(), timestamps.valueAt(now));
                }
            } else if (generator instanceof DeletedAtGenerator deletedAt) {
                now = now != null ? now : MixinsRuntime.of(factory).clock().instant();
                assignments.put(attribute.getAttributeName(), deletedAt.truncate(now));
            }
        }
        return assignments;
    }

    /** Whether a bulk update sets what {@code generator} writes: updated_at always, deleted_at for a soft delete. */
    private static boolean stamps(Object generator, boolean softDelete) {
        return generator instanceof TimestampGenerator timestamps && timestamps.generatesOnUpdate()
                || softDelete && generator instanceof DeletedAtGenerator;
    }
}
