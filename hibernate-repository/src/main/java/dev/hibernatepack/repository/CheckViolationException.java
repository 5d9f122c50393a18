// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

/** A CHECK constraint was violated. */
public final class CheckViolationException extends ConstraintViolatedException {

    private static final long serialVersionUID = 1L;

    public CheckViolationException(String message, String constraintName, Throwable cause) {
        super(message, constraintName, cause);
    }
}
