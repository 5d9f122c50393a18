// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import java.util.List;

/**
 * The database settings are missing or invalid: every problem, each naming the setting, the value
 * (never a password), where it came from and what is allowed.
 */
public final class InvalidDatabaseSettingsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    InvalidDatabaseSettingsException(List<String> problems) {
        super("Invalid database settings:\n - " + String.join("\n - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, e.g. {@code pool_size: [abc] (from environment variable DATABASE_POOL_SIZE) is not allowed; allowed: a whole number >= 1}. */
    public List<String> problems() {
        return problems;
    }
}
