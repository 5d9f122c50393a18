// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.time.Instant;

import dev.hibernatepack.mixins.DeletedAt;
import dev.hibernatepack.mixins.DeletedFlag;
import dev.hibernatepack.mixins.InvalidMappingException;
import dev.hibernatepack.mixins.SoftDeletable;
import dev.hibernatepack.mixins.spi.EntityAnnotations;

/**
 * Writes the two soft-delete attributes of a {@link SoftDeletable} entity: the attributes annotated
 * {@link DeletedAt} and {@link DeletedFlag} (on the field or the getter), found once per class in
 * {@link EntityAnnotations} and written as Hibernate would: through the setter for property
 * access, else into the field the way an enhanced entity expects (dirty tracking, interceptor).
 */
public final class SoftDeleteState {

    /** The two attributes of one entity class. */
    public record Fields(EntityAnnotations.Attribute deletedAt, EntityAnnotations.Attribute flag) {

        /** The name of the {@link DeletedAt} attribute. */
        public String deletedAtName() {
            return deletedAt.name();
        }

        /** The name of the {@link DeletedFlag} attribute. */
        public String flagName() {
            return flag.name();
        }
    }

    private static final ClassValue<Fields> FIELDS = new ClassValue<>() {
        @Override
        protected Fields computeValue(Class<?> type) {
            return find(type);
        }
    };

    private SoftDeleteState() {
    }

    /** The annotated attributes of a soft-deletable class; fails naming what is missing or mistyped. */
    public static Fields fields(Class<?> type) {
        return FIELDS.get(type);
    }

    /**
     * Marks the entity deleted at {@code at}; {@code null} leaves {@code deleted_at} to be taken from
     * the pack's clock on flush. Does nothing if it is already deleted.
     */
    public static void markDeleted(SoftDeletable entity, Instant at) {
        if (entity.isDeleted()) {
            return;
        }
        Fields fields = fields(entity.getClass());
        fields.flag().write(entity, Boolean.TRUE);
        fields.deletedAt().write(entity, at);
    }

    /** Marks the entity alive; does nothing if it is alive. */
    public static void markAlive(SoftDeletable entity) {
        if (!entity.isDeleted()) {
            return;
        }
        Fields fields = fields(entity.getClass());
        fields.flag().write(entity, Boolean.FALSE);
        fields.deletedAt().write(entity, null);
    }

    private static Fields find(Class<?> type) {
        EntityAnnotations model = EntityAnnotations.of(type);
        EntityAnnotations.Attribute deletedAt = model.attributesAnnotated(DeletedAt.class).stream().findFirst().orElse(null);
        EntityAnnotations.Attribute flag = model.attributesAnnotated(DeletedFlag.class).stream().findFirst().orElse(null);
        String entity = type.getName();
        if (deletedAt == null || flag == null) {
            throw new InvalidMappingException(entity + " implements SoftDeletable but has no attribute annotated @"
                    + (deletedAt == null ? "DeletedAt (an Instant)" : "DeletedFlag (a boolean)")
                    + "; annotate one, or extend SoftDeletableEntity");
        }
        if (deletedAt.javaType() != Instant.class) {
            throw new InvalidMappingException("@DeletedAt on " + entity + "." + deletedAt.name() + " has the unsupported type "
                    + deletedAt.javaType().getName() + "; allowed: java.time.Instant");
        }
        if (flag.javaType() != boolean.class && flag.javaType() != Boolean.class) {
            throw new InvalidMappingException("@DeletedFlag on " + entity + "." + flag.name() + " has the unsupported type "
                    + flag.javaType().getName() + "; allowed: boolean, Boolean");
        }
        return new Fields(deletedAt, flag);
    }
}
