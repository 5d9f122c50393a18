// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code boolean} attribute (field, or getter with property access) of a {@link SoftDeletable}
 * entity that says whether its row is soft-deleted (column {@code is_deleted} in {@link SoftDeletableEntity}). Written only by
 * {@code remove()}, {@link SoftDeletable#softDelete()} and {@link SoftDeletable#restore()};
 * {@code updateFromMap} refuses it.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface DeletedFlag {
}
