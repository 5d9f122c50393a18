// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.generator.GeneratorCreationContext;

import dev.hibernatepack.mixins.DeletedAt;
import dev.hibernatepack.mixins.InvalidMappingException;
import dev.hibernatepack.mixins.SoftDeletable;

/**
 * Keeps {@link DeletedAt} consistent with the deleted flag on every insert and update: a deleted
 * row without a time gets the pack's clock (truncated to the column's precision), a live row gets
 * {@code null}, a deleted row keeps the time it was deleted at. Also the one place the soft-delete
 * listener reads "now" from, so both agree on clock and precision.
 */
public final class DeletedAtGenerator implements BeforeExecutionGenerator {

    private static final long serialVersionUID = 1L;

    private static final EnumSet<EventType> INSERT_AND_UPDATE = EnumSet.of(EventType.INSERT, EventType.UPDATE);

    private final Clock clock;
    private final ChronoUnit precision;

    /** Called by Hibernate for an attribute annotated {@link DeletedAt}. */
    public DeletedAtGenerator(DeletedAt annotation, GeneratorCreationContext context) {
        Class<?> type = context.getType().getReturnedClass();
        String attribute = context.getPersistentClass().getEntityName() + "." + context.getProperty().getName();
        if (type != Instant.class) {
            throw new InvalidMappingException("@DeletedAt on " + attribute + " has the unsupported type " + type.getName()
                    + "; allowed: java.time.Instant");
        }
        Class<?> entity = context.getPersistentClass().getMappedClass();
        if (entity != null && !SoftDeletable.class.isAssignableFrom(entity)) {
            throw new InvalidMappingException("@DeletedAt on " + attribute + " needs the entity to implement SoftDeletable");
        }
        this.clock = MixinsRuntime.of(context.getServiceRegistry()).clock();
        this.precision = TimestampGenerator.precision(context);
    }

    /** The pack's clock now, truncated to this column's precision. */
    public Instant now() {
        return truncate(clock.instant());
    }

    /** {@code instant} truncated to this column's precision. */
    public Instant truncate(Instant instant) {
        return instant.truncatedTo(precision);
    }

    @Override
    public EnumSet<EventType> getEventTypes() {
        return INSERT_AND_UPDATE;
    }

    @Override
    public Object generate(SharedSessionContractImplementor session, Object owner, Object currentValue, EventType eventType) {
        if (!((SoftDeletable) owner).isDeleted()) {
            return null;
        }
        return currentValue != null ? currentValue : now();
    }
}
