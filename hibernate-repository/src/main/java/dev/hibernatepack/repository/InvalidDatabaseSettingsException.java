// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import java.util.List;

/**
 * The database settings are missing or invalid: every problem, each naming the setting, the value
 * (never a password), where it came from and what is allowed. Also thrown by
 * {@link Database#create} when the settings are well-formed but wrong for the server: no JDBC
 * driver accepts the URL, the server refuses the user or password, or the database does not exist.
 * Retrying does not help; a server that cannot be reached is a {@link DatabaseUnavailableException}.
 */
public final class InvalidDatabaseSettingsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    InvalidDatabaseSettingsException(List<String> problems) {
        this(problems, null);
    }

    InvalidDatabaseSettingsException(List<String> problems, Throwable cause) {
        super("Invalid database settings:\n - " + String.join("\n - ", problems), cause);
        this.problems = List.copyOf(problems);
    }

    /**
     * One line per problem, e.g. {@code The value [abc] of the [DATABASE_POOL_SIZE] setting is not
     * supported; allowed: a whole number from 1 to 2147483647 (from the environment)}.
     */
    public List<String> problems() {
        return problems;
    }
}
