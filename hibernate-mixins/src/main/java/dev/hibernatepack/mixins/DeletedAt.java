// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.hibernate.annotations.ValueGenerationType;

import dev.hibernatepack.mixins.internal.DeletedAtGenerator;

/**
 * The {@code Instant} attribute (field, or getter with property access) of a {@link SoftDeletable}
 * entity that holds when its row was soft-deleted ({@code null} while alive). Written on flush from the pack's clock, truncated to
 * the column's precision, whenever the {@link DeletedFlag} is set; cleared when it is not. Deleted
 * rows are hidden by a filter on this column ({@code deleted_at is null}).
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ValueGenerationType(generatedBy = DeletedAtGenerator.class)
public @interface DeletedAt {
}
