// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an attribute whose value must never leave the entity in clear: {@link BaseEntity#toMap()}
 * omits it and {@link BaseEntity#toString()} masks it. The pack's audit trail and logging honour
 * it too. It counts on the attribute's field or on its getter, whatever the entity's access type.
 *
 * <pre>{@code
 * @Sensitive
 * private String passwordHash;
 * }</pre>
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Sensitive {
}
