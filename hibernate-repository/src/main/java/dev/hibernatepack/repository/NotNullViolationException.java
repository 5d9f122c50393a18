// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

/** A required value was missing (a NOT NULL column, or a non-optional attribute Hibernate checked before writing). */
public final class NotNullViolationException extends ConstraintViolatedException {

    private static final long serialVersionUID = 1L;

    public NotNullViolationException(String message, String constraintName, Throwable cause) {
        super(message, constraintName, cause);
    }
}
