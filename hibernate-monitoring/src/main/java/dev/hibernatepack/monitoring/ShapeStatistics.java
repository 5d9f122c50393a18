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
 * @param rows the parameter sets it ran with: equal to {@code count} for single statements, the
 *     sum of the batch sizes for JDBC batches
 * @param total the time spent executing it
 * @param max its slowest execution
 */
public record ShapeStatistics(String shape, QueryKind kind, long count, long rows, Duration total, Duration max) {

    /** The mean execution time. */
    public Duration mean() {
        return count == 0 ? Duration.ZERO : total.dividedBy(count);
    }

    /** The mean number of parameter sets per execution: 1 for single statements, the mean batch size for batches. */
    public double meanBatchSize() {
        return count == 0 ? 0 : (double) rows / count;
    }
}
