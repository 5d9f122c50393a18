// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

/** A unique constraint or primary key was violated: the value is taken. */
public final class DuplicateKeyException extends ConstraintViolatedException {

    private static final long serialVersionUID = 1L;

    public DuplicateKeyException(String message, String constraintName, Throwable cause) {
        super(message, constraintName, cause);
    }
}
