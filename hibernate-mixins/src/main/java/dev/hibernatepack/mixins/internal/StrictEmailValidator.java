// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.hibernatepack.mixins.EmailAddresses;
import dev.hibernatepack.mixins.InvalidEmailException;
import dev.hibernatepack.mixins.StrictEmail;

/** Checks {@link StrictEmail}: null passes; otherwise the reason {@link EmailAddresses} gives becomes the message. */
public final class StrictEmailValidator implements ConstraintValidator<StrictEmail, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String problem;
        try {
            EmailAddresses.validateEmail(value.toString());
            return true;
        } catch (InvalidEmailException e) {
            problem = e.getMessage();
        }
        context.disableDefaultConstraintViolation();
        // The reason never holds the address nor { } $, so nothing in it is interpolated.
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }
}
