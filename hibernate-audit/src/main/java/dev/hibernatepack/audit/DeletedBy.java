// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The attribute of an {@link Auditable}, soft-deletable entity that holds the user who soft-deleted the row: a
 * {@code @ManyToOne} to the user entity, or the user's id ({@code Long}, {@code Integer},
 * {@code String}, {@code UUID}, ...). Set by {@code remove()} or {@code softDelete()}, cleared by a restore; optional.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface DeletedBy {
}
