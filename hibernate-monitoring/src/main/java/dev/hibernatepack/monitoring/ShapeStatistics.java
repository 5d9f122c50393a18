// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

import java.time.Duration;

/**
 * What one statement shape cost since the factory started (or was reset), like a row of
 * PostgreSQL's {@code pg_stat_statements}.
 *
 * @param shape the SQL with literals and IN-lists folded
 * @param kind what it does
 * @param count how many times it ran (a JDBC batch counts once)
 * @param total the time spent executing it
 * @param max its slowest execution
 */
public record ShapeStatistics(String shape, QueryKind kind, long count, Duration total, Duration max) {

    /** The mean execution time. */
    public Duration mean() {
        return count == 0 ? Duration.ZERO : total.dividedBy(count);
    }
}
