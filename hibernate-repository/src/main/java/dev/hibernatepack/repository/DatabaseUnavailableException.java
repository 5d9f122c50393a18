// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

/**
 * No connection could be had or kept: the database is down or restarting, the connection was
 * killed, or the pool had no free connection within {@code pool_timeout}. Retrying later may work.
 */
public final class DatabaseUnavailableException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
