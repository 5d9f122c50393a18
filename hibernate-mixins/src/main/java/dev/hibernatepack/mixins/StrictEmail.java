// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import dev.hibernatepack.mixins.internal.StrictEmailValidator;

/**
 * Bean Validation constraint: the value is null or an address {@link EmailAddresses#validateEmail}
 * accepts. The violation's message says what is wrong ("The domain needs at least two parts, such
 * as example.org"), never the address. Stricter than {@code @Email}, which accepts {@code a@b}.
 */
@Documented
@Constraint(validatedBy = StrictEmailValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface StrictEmail {

    /** The message when no specific reason applies. */
    String message() default "must be an e-mail address that mail can be sent to";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}
