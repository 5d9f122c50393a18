// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.lang.reflect.Field;
import java.time.Instant;

import dev.hibernatepack.mixins.DeletedAt;
import dev.hibernatepack.mixins.DeletedFlag;
import dev.hibernatepack.mixins.InvalidMappingException;
import dev.hibernatepack.mixins.SoftDeletable;

/**
 * Writes the two soft-delete attributes of a {@link SoftDeletable} entity: the fields annotated
 * {@link DeletedAt} and {@link DeletedFlag}, found once per class and written the way an enhanced
 * entity expects (dirty tracking, lazy-loading interceptor).
 */
public final class SoftDeleteState {

    /** The two fields of one entity class. */
    public record Fields(Field deletedAt, Field flag) {

        /** The name of the {@link DeletedAt} attribute. */
        public String deletedAtName() {
            return deletedAt.getName();
        }

        /** The name of the {@link DeletedFlag} attribute. */
        public String flagName() {
            return flag.getName();
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

    /** The annotated fields of a soft-deletable class; fails naming what is missing or mistyped. */
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
        write(entity, fields.flag(), Boolean.TRUE);
        write(entity, fields.deletedAt(), at);
    }

    /** Marks the entity alive; does nothing if it is alive. */
    public static void markAlive(SoftDeletable entity) {
        if (!entity.isDeleted()) {
            return;
        }
        Fields fields = fields(entity.getClass());
        write(entity, fields.flag(), Boolean.FALSE);
        write(entity, fields.deletedAt(), null);
    }

    private static void write(Object entity, Field field, Object value) {
        try {
            Object old = field.get(entity);
            Object written = EnhancedAccess.write(entity, field.getName(), old, value);
            field.set(entity, written);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot write " + field, e);
        }
    }

    private static Fields find(Class<?> type) {
        Field deletedAt = null;
        Field flag = null;
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (deletedAt == null && field.isAnnotationPresent(DeletedAt.class)) {
                    deletedAt = field;
                }
                if (flag == null && field.isAnnotationPresent(DeletedFlag.class)) {
                    flag = field;
                }
            }
        }
        String entity = type.getName();
        if (deletedAt == null || flag == null) {
            throw new InvalidMappingException(entity + " implements SoftDeletable but has no field annotated @"
                    + (deletedAt == null ? "DeletedAt (an Instant)" : "DeletedFlag (a boolean)")
                    + "; annotate one, or extend SoftDeletableEntity");
        }
        if (deletedAt.getType() != Instant.class) {
            throw new InvalidMappingException("@DeletedAt on " + entity + "." + deletedAt.getName() + " has the unsupported type "
                    + deletedAt.getType().getName() + "; allowed: java.time.Instant");
        }
        if (flag.getType() != boolean.class && flag.getType() != Boolean.class) {
            throw new InvalidMappingException("@DeletedFlag on " + entity + "." + flag.getName() + " has the unsupported type "
                    + flag.getType().getName() + "; allowed: boolean, Boolean");
        }
        deletedAt.setAccessible(true);
        flag.setAccessible(true);
        return new Fields(deletedAt, flag);
    }
}
