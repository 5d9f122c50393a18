// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

/**
 * A database operation failed and its transaction was rolled back. The subclasses say why, so
 * callers can catch what they can handle (a duplicate key, say) without parsing messages or SQL
 * states; the original exception is the cause.
 */
public class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
