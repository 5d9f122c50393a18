// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.hibernate.annotations.ValueGenerationType;

import dev.hibernatepack.mixins.internal.TimestampGenerator;

/**
 * The attribute holds the moment its row was last written: set on insert and on every update
 * that really changes the row (Hibernate's dirty check decides; a flush with nothing changed
 * issues no update and leaves it alone). Read from the pack's clock ({@link MixinsSettings#CLOCK}).
 *
 * <p>Supported types: as {@link CreatedAt}.
 *
 * <pre>{@code
 * @UpdatedAt
 * @Column(name = "updated_at")
 * private Instant updatedAt;
 * }</pre>
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ValueGenerationType(generatedBy = TimestampGenerator.class)
public @interface UpdatedAt {
}
