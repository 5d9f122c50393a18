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
 * The attribute holds the moment its row was inserted, taken from the pack's clock
 * ({@link MixinsSettings#CLOCK}) and never updated afterwards. Works in {@code Session},
 * {@code StatelessSession} and Hibernate's generated Jakarta Data repositories, like Hibernate's
 * own {@code @CreationTimestamp}, on which it is modelled.
 *
 * <p>Supported types: {@code Instant}, {@code OffsetDateTime}, {@code ZonedDateTime},
 * {@code LocalDateTime}, {@code LocalDate}.
 *
 * <pre>{@code
 * @CreatedAt
 * @Column(name = "created_at", updatable = false)
 * private Instant createdAt;
 * }</pre>
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ValueGenerationType(generatedBy = TimestampGenerator.class)
public @interface CreatedAt {
}
