// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

import java.time.Duration;
import java.time.Instant;

/**
 * One statement that reached the slow-query threshold.
 *
 * @param shape the statement's shape (or the SQL as executed when {@link MonitoringSettings#LOG_SQL_LITERALS} is on)
 * @param duration how long it ran
 * @param batchSize the parameter sets it ran with: 1, or the size of the JDBC batch
 * @param callSite the application frame that ran it
 * @param at when it finished
 * @param cause what Hibernate was loading when it ran ({@code collection Author.books},
 *     {@code to-one Author}, {@code find Author}), or {@code null} for a query of the application
 */
public record SlowQuery(String shape, Duration duration, int batchSize, String callSite, Instant at, String cause) {
}
