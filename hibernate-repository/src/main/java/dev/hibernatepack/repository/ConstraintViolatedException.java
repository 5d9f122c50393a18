// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import java.util.Optional;

/** The database refused a change because it broke a constraint; the subclasses name which kind. */
public class ConstraintViolatedException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    private final String constraintName;

    public ConstraintViolatedException(String message, String constraintName, Throwable cause) {
        super(message, cause);
        this.constraintName = constraintName;
    }

    /** The constraint's name as the database reported it, when it did. */
    public Optional<String> constraintName() {
        return Optional.ofNullable(constraintName);
    }
}
