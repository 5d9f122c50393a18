// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

/**
 * A connection pool at one moment, for health checks and leak tests.
 *
 * @param active connections lent out
 * @param idle connections open and free
 * @param total connections open
 * @param waiting callers waiting for a connection
 */
public record PoolStatistics(int active, int idle, int total, int waiting) {
}
