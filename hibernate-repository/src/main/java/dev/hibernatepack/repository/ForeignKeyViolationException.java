// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

/** A foreign key was violated: the referenced row does not exist, or rows still refer to the one deleted. */
public final class ForeignKeyViolationException extends ConstraintViolatedException {

    private static final long serialVersionUID = 1L;

    public ForeignKeyViolationException(String message, String constraintName, Throwable cause) {
        super(message, constraintName, cause);
    }
}
