// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

/** The database refused a value as data: out of range, of the wrong form, or (the subclass) too long. */
public class InvalidDataException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    public InvalidDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
