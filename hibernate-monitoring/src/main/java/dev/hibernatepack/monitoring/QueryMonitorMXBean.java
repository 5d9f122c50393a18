// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

/**
 * The statistics of one {@code SessionFactory} over JMX, registered as
 * {@code dev.hibernatepack.monitoring:type=QueryMonitor,name=<factory name or uuid>} unless
 * {@link MonitoringSettings#JMX} is off. Times in milliseconds.
 */
public interface QueryMonitorMXBean {

    /** All executed statements (a JDBC batch counts once). */
    long getStatementCount();

    /** Executed selects. */
    long getSelectCount();

    /** Executed inserts. */
    long getInsertCount();

    /** Executed updates. */
    long getUpdateCount();

    /** Executed deletes. */
    long getDeleteCount();

    /** Time spent executing statements. */
    double getTotalMillis();

    /** The slowest statement. */
    double getMaxMillis();

    /** Median statement time. */
    double getP50Millis();

    /** 99th percentile statement time. */
    double getP99Millis();

    /** The latest N+1 findings, one line each. */
    String[] getNPlusOneFindings();

    /** The ten shapes with the most total time: count (and rows, for batches), total and the shape. */
    String[] getTopShapes();

    /** The latest slow queries, one line each. */
    String[] getSlowQueries();

    /** Everything above as a JSON document. */
    String getJson();

    /** Starts counting afresh. */
    void reset();
}
