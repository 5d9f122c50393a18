// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.testing;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * The database the pack's tests run on, chosen by the system property
 * {@value #DATABASE_PROPERTY} ({@code h2}, the default, {@code postgresql}, {@code pgbouncer} or
 * {@code mariadb}).
 *
 * <p>PostgreSQL is reached through the environment variables {@value #PG_JDBC_URL},
 * {@value #PG_USER} and {@value #PG_PASSWORD}; the same server behind PgBouncer in transaction
 * pooling mode through {@value #PG_BOUNCER_JDBC_URL} (same user and password); MariaDB through
 * {@value #MARIADB_JDBC_URL},
 * {@value #MARIADB_USER} and {@value #MARIADB_PASSWORD}. When a server database is selected but
 * its URL is not set, tests are skipped, not failed: a machine without a database server still
 * runs the H2 suite green.
 */
public enum TestDatabase {

    /** H2 in memory: needs nothing installed. */
    H2,

    /** A real PostgreSQL server given by {@value #PG_JDBC_URL}. */
    POSTGRESQL,

    /**
     * The same PostgreSQL server behind PgBouncer in transaction pooling mode, given by
     * {@value #PG_BOUNCER_JDBC_URL}: every transaction may run on a different server connection.
     */
    PGBOUNCER,

    /** A real MariaDB server given by {@value #MARIADB_JDBC_URL}. */
    MARIADB;

    /**
     * System property that selects the database: {@code h2} (default), {@code postgresql},
     * {@code pgbouncer} or {@code mariadb}.
     */
    public static final String DATABASE_PROPERTY = "hibernatepack.test.database";

    /** Environment variable holding the PostgreSQL JDBC URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/test}. */
    public static final String PG_JDBC_URL = "PG_JDBC_URL";

    /** Environment variable holding the PostgreSQL user name (default {@code postgres}). */
    public static final String PG_USER = "PG_USER";

    /** Environment variable holding the PostgreSQL password (default empty). */
    public static final String PG_PASSWORD = "PG_PASSWORD";

    /**
     * Environment variable holding the JDBC URL of PgBouncer (transaction pooling mode) in front of
     * the PostgreSQL server, with {@code prepareThreshold=0}, e.g.
     * {@code jdbc:postgresql://127.0.0.1:6432/test?prepareThreshold=0}; user and password are
     * {@value #PG_USER} and {@value #PG_PASSWORD}.
     */
    public static final String PG_BOUNCER_JDBC_URL = "PG_BOUNCER_JDBC_URL";

    /** Environment variable holding the MariaDB JDBC URL, e.g. {@code jdbc:mariadb://127.0.0.1:3306/test}. */
    public static final String MARIADB_JDBC_URL = "MARIADB_JDBC_URL";

    /** Environment variable holding the MariaDB user name (default {@code root}). */
    public static final String MARIADB_USER = "MARIADB_USER";

    /** Environment variable holding the MariaDB password (default empty). */
    public static final String MARIADB_PASSWORD = "MARIADB_PASSWORD";

    /**
     * System property that, when {@code true}, requires every entity class to be bytecode-enhanced
     * (set by the build for the test run over enhanced classes).
     */
    public static final String ENHANCED_PROPERTY = "hibernatepack.test.enhanced";

    /** The database selected for this JVM. */
    public static TestDatabase current() {
        String name = System.getProperty(DATABASE_PROPERTY, "h2").trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "h2", "" -> H2;
            case "postgresql", "postgres", "pg" -> POSTGRESQL;
            case "pgbouncer" -> PGBOUNCER;
            case "mariadb" -> MARIADB;
            default -> throw new IllegalArgumentException("The value [" + name + "] of the [" + DATABASE_PROPERTY
                    + "] system property is not supported; allowed: h2, postgresql, pgbouncer, mariadb");
        };
    }

    /** Whether this is a PostgreSQL server, reached directly or through PgBouncer. */
    public boolean isPostgreSQL() {
        return this == POSTGRESQL || this == PGBOUNCER;
    }

    /** Whether the build asks for the tests to run on bytecode-enhanced entity classes. */
    public static boolean enhancedRun() {
        return Boolean.getBoolean(ENHANCED_PROPERTY);
    }

    /** Aborts (skips) the calling test when this database is selected but not configured. */
    public void assumeAvailable() {
        if (this == POSTGRESQL) {
            String url = System.getenv(PG_JDBC_URL);
            Assumptions.assumeTrue(url != null && !url.isBlank(),
                    "PostgreSQL tests skipped: set " + PG_JDBC_URL + " (and " + PG_USER + ", " + PG_PASSWORD + ") to run them");
        } else if (this == PGBOUNCER) {
            String url = System.getenv(PG_BOUNCER_JDBC_URL);
            Assumptions.assumeTrue(url != null && !url.isBlank(), "PgBouncer tests skipped: set " + PG_BOUNCER_JDBC_URL
                    + " (and " + PG_USER + ", " + PG_PASSWORD + ") to run them");
        } else if (this == MARIADB) {
            String url = System.getenv(MARIADB_JDBC_URL);
            Assumptions.assumeTrue(url != null && !url.isBlank(), "MariaDB tests skipped: set " + MARIADB_JDBC_URL + " (and "
                    + MARIADB_USER + ", " + MARIADB_PASSWORD + ") to run them");
        }
    }

    /**
     * Connection settings for a fresh, isolated database named after {@code name}; aborts (skips)
     * the calling test when a server database is selected but not configured.
     */
    public Map<String, Object> connectionSettings(String name) {
        Map<String, Object> settings = new LinkedHashMap<>();
        switch (this) {
            case H2 -> {
                String db = name.replaceAll("[^A-Za-z0-9_]", "_") + "_" + UUID.randomUUID().toString().substring(0, 8);
                settings.put("jakarta.persistence.jdbc.url", "jdbc:h2:mem:" + db + ";DB_CLOSE_DELAY=-1");
                settings.put("jakarta.persistence.jdbc.user", "sa");
                settings.put("jakarta.persistence.jdbc.password", "");
            }
            case POSTGRESQL -> {
                assumeAvailable();
                settings.put("jakarta.persistence.jdbc.url", System.getenv(PG_JDBC_URL));
                settings.put("jakarta.persistence.jdbc.user", envOr(PG_USER, "postgres"));
                settings.put("jakarta.persistence.jdbc.password", envOr(PG_PASSWORD, ""));
            }
            case PGBOUNCER -> {
                assumeAvailable();
                settings.put("jakarta.persistence.jdbc.url", System.getenv(PG_BOUNCER_JDBC_URL));
                settings.put("jakarta.persistence.jdbc.user", envOr(PG_USER, "postgres"));
                settings.put("jakarta.persistence.jdbc.password", envOr(PG_PASSWORD, ""));
            }
            case MARIADB -> {
                assumeAvailable();
                settings.put("jakarta.persistence.jdbc.url", System.getenv(MARIADB_JDBC_URL));
                settings.put("jakarta.persistence.jdbc.user", envOr(MARIADB_USER, "root"));
                settings.put("jakarta.persistence.jdbc.password", envOr(MARIADB_PASSWORD, ""));
            }
        }
        return settings;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
