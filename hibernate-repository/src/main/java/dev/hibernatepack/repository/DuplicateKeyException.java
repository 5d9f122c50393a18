// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import java.util.List;

/** A unique constraint or primary key was violated: the value is taken. */
public final class DuplicateKeyException extends ConstraintViolatedException {

    private static final long serialVersionUID = 1L;

    private final List<String> columns;

    public DuplicateKeyException(String message, String constraintName, Throwable cause) {
        this(message, constraintName, List.of(), cause);
    }

    public DuplicateKeyException(String message, String constraintName, List<String> columns, Throwable cause) {
        super(message, constraintName, cause);
        this.columns = List.copyOf(columns);
    }

    /**
     * The columns of the violated key, in lower case, when the database names them (PostgreSQL
     * and H2 do); empty otherwise. Never their values.
     */
    public List<String> columns() {
        return columns;
    }
}
