// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the database is and how to pool connections to it: a validated, immutable value.
 *
 * <p>Each setting is taken from the first of these that has it: the values given to the
 * {@link Builder}, system properties (the constants below, e.g. {@code -Dhibernatepack.database.url=...}),
 * environment variables ({@code DATABASE_URL}, {@code DATABASE_USERNAME}, ...) and a properties file
 * (same keys as the system properties). Values follow the pack's one rule for settings: text is
 * trimmed, a blank value is refused (remove the setting to get its default), booleans are
 * {@code true} or {@code false}, whole numbers must lie in the setting's range (never wrapped). The
 * password is the exception: taken exactly as given, and it may be empty. Every invalid value is
 * reported at once, in one {@link InvalidDatabaseSettingsException}, each as
 * {@code The value [v] of the [setting] setting is not supported; allowed: … (from source)}.
 * {@link #toString()} and the messages never show the password.
 *
 * <p>With {@link Builder#persistenceUnit(String)}, a persistence unit's own JDBC properties
 * ({@code jakarta.persistence.jdbc.url}, {@code .user}, {@code .password}, or Hibernate's
 * {@code hibernate.connection.*}) give the database when no source above sets the URL.
 *
 * <pre>{@code
 * DatabaseSettings settings = DatabaseSettings.fromEnvironment();          // DATABASE_URL=postgresql://app:secret@db:5432/blog
 * DatabaseSettings local = DatabaseSettings.builder().url("jdbc:h2:mem:blog").poolSize(2).load();
 * DatabaseSettings unit = DatabaseSettings.builder().persistenceUnit("blog").load();  // the unit's URL unless a source sets one
 * }</pre>
 */
public final class DatabaseSettings {

    /**
     * The database: a JDBC URL, or {@code postgresql://user:password@host:port/database} (also
     * {@code postgres://}). In the latter the password ends at the last {@code @} before the host,
     * so {@code @} and {@code :} may stay raw in it; {@code /}, {@code ?}, {@code #} and {@code %}
     * must be percent-encoded ({@code %2F}, {@code %3F}, {@code %23}, {@code %25}), and every
     * percent-escape is decoded ({@code p%40ss} is {@code p@ss}). Environment: {@code DATABASE_URL}. Required.
     */
    public static final String URL = "hibernatepack.database.url";
    /** The user; wins over a user in the URL. Environment: {@code DATABASE_USERNAME}. */
    public static final String USERNAME = "hibernatepack.database.username";
    /**
     * The password; wins over a password in the URL. Taken exactly as given: not trimmed, and an
     * empty value is an empty password. Environment: {@code DATABASE_PASSWORD}.
     */
    public static final String PASSWORD = "hibernatepack.database.password";
    /** Connections kept open (Hikari's {@code minimumIdle}), 1 or more. Environment: {@code DATABASE_POOL_SIZE}. Default 5. */
    public static final String POOL_SIZE = "hibernatepack.database.pool_size";
    /** Connections opened beyond the pool size under load and closed when idle (Hikari's {@code maximumPoolSize} is pool size + overflow). Environment: {@code DATABASE_MAX_OVERFLOW}. Default 10. */
    public static final String MAX_OVERFLOW = "hibernatepack.database.max_overflow";
    /** Seconds to wait for a free connection before failing (Hikari's {@code connectionTimeout}), from 1 to 2147483. Environment: {@code DATABASE_POOL_TIMEOUT}. Default 30. */
    public static final String POOL_TIMEOUT = "hibernatepack.database.pool_timeout";
    /** Seconds after which a connection is replaced, 0 for never or from 30 (Hikari's {@code maxLifetime}). Environment: {@code DATABASE_POOL_RECYCLE}. Default 1800. */
    public static final String POOL_RECYCLE = "hibernatepack.database.pool_recycle";
    /**
     * Whether each connection is tested ({@code Connection.isValid}, one round trip) as it is
     * borrowed, and a dead one replaced before the transaction starts, as SQLAlchemy's
     * {@code pool_pre_ping} does; idle connections are also tested every 30 s (Hikari's
     * {@code keepaliveTime}). Off, only Hikari's own check remains, which skips connections used in
     * the last 500 ms. {@code true} or {@code false}. Environment: {@code DATABASE_POOL_PRE_PING}. Default true.
     */
    public static final String POOL_PRE_PING = "hibernatepack.database.pool_pre_ping";
    /** A read replica for read-only transactions, in the same forms as the URL. Environment: {@code DATABASE_REPLICA_URL}. */
    public static final String REPLICA_URL = "hibernatepack.database.replica_url";
    /** A properties file with any of the settings above, read last. Environment: {@code DATABASE_PROPERTIES_FILE}. */
    public static final String PROPERTIES_FILE = "hibernatepack.database.properties_file";

    private final String url;
    private final String username;
    private final String password;
    private final int poolSize;
    private final int maxOverflow;
    private final Duration poolTimeout;
    private final Duration poolRecycle;
    private final boolean prePing;
    private final String replicaUrl;
    /** Where the URL came from, for messages: {@code [hibernatepack.database.url] setting}, or a persistence unit's property. */
    private final String urlOrigin;
    /** Where the user and password came from, for messages. */
    private final String credentialsOrigin;

    /** Built by {@link SettingsLoader} from values it has validated. */
    DatabaseSettings(String url, String username, String password, int poolSize, int maxOverflow, Duration poolTimeout,
            Duration poolRecycle, boolean prePing, String replicaUrl, String urlOrigin, String credentialsOrigin) {
        this.url = Objects.requireNonNull(url, "url");
        this.username = username;
        this.password = password;
        this.poolSize = poolSize;
        this.maxOverflow = maxOverflow;
        this.poolTimeout = poolTimeout;
        this.poolRecycle = poolRecycle;
        this.prePing = prePing;
        this.replicaUrl = replicaUrl;
        this.urlOrigin = urlOrigin;
        this.credentialsOrigin = credentialsOrigin;
    }

    /** Settings from system properties, the environment and the properties file they name. */
    public static DatabaseSettings fromEnvironment() {
        return builder().load();
    }

    /** A builder whose values win over every other source. */
    public static Builder builder() {
        return new Builder();
    }

    /** The JDBC URL (a {@code postgresql://} URL is converted, without its user and password). */
    public String url() {
        return url;
    }

    /** The user, or empty to let the driver decide. */
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /** The password, or empty. Never logged by the pack. */
    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /** Connections kept open. */
    public int poolSize() {
        return poolSize;
    }

    /** Connections allowed beyond {@link #poolSize()}. */
    public int maxOverflow() {
        return maxOverflow;
    }

    /** How long to wait for a free connection. */
    public Duration poolTimeout() {
        return poolTimeout;
    }

    /** After how long a connection is replaced; {@link Duration#ZERO} for never. */
    public Duration poolRecycle() {
        return poolRecycle;
    }

    /** Whether idle connections are also checked in the background. */
    public boolean prePing() {
        return prePing;
    }

    /** The JDBC URL of the read replica, if any. */
    public Optional<String> replicaUrl() {
        return Optional.ofNullable(replicaUrl);
    }

    /** Where the URL came from: {@code [hibernatepack.database.url] setting} or {@code [p] property of the persistence unit [u]}. */
    String urlOrigin() {
        return urlOrigin;
    }

    /** Where to look when the server refuses the user or password. */
    String credentialsOrigin() {
        return credentialsOrigin;
    }

    /** Every setting, the password masked and any password inside a URL too. */
    @Override
    public String toString() {
        return "DatabaseSettings[url=" + SettingsLoader.maskUrl(url) + ", username=" + username + ", password="
                + (password == null ? null : "****") + ", poolSize=" + poolSize + ", maxOverflow=" + maxOverflow
                + ", poolTimeout=" + poolTimeout + ", poolRecycle=" + poolRecycle + ", prePing=" + prePing
                + ", replicaUrl=" + (replicaUrl == null ? null : SettingsLoader.maskUrl(replicaUrl)) + "]";
    }

    /** Values that win over system properties, the environment and the properties file. */
    public static final class Builder {

        private final Map<String, Object> explicit = new LinkedHashMap<>();
        private Map<String, String> systemProperties;
        private Map<String, String> environment;
        private String persistenceUnit;

        private Builder() {
        }

        /** A JDBC URL or {@code postgresql://user:password@host:port/database}. */
        public Builder url(String url) {
            return put(URL, url);
        }

        public Builder username(String username) {
            return put(USERNAME, username);
        }

        public Builder password(String password) {
            return put(PASSWORD, password);
        }

        public Builder poolSize(int poolSize) {
            return put(POOL_SIZE, poolSize);
        }

        public Builder maxOverflow(int maxOverflow) {
            return put(MAX_OVERFLOW, maxOverflow);
        }

        public Builder poolTimeout(Duration poolTimeout) {
            return put(POOL_TIMEOUT, poolTimeout);
        }

        public Builder poolRecycle(Duration poolRecycle) {
            return put(POOL_RECYCLE, poolRecycle);
        }

        public Builder prePing(boolean prePing) {
            return put(POOL_PRE_PING, prePing);
        }

        public Builder replicaUrl(String replicaUrl) {
            return put(REPLICA_URL, replicaUrl);
        }

        /** A properties file to read after every other source. */
        public Builder propertiesFile(Path file) {
            return put(PROPERTIES_FILE, file);
        }

        /**
         * Takes the database from the persistence unit {@code unitName} of
         * {@code META-INF/persistence.xml} when no other source sets the URL: its
         * {@code hibernate.connection.url} or {@code jakarta.persistence.jdbc.url}, and with it its
         * user and password ({@code hibernate.connection.username} / {@code .password}, or
         * {@code jakarta.persistence.jdbc.user} / {@code .password}), unless the user or password
         * settings are given, which win. A URL from another source never takes the unit's user or
         * password. The unit's values follow the same rules as the settings; {@link #load()}
         * refuses a name that no unit has.
         */
        public Builder persistenceUnit(String unitName) {
            this.persistenceUnit = Objects.requireNonNull(unitName, "unitName must not be null");
            return this;
        }

        /** Reads these system properties instead of the JVM's (for tests). */
        public Builder systemProperties(Map<String, String> properties) {
            this.systemProperties = Map.copyOf(properties);
            return this;
        }

        /** Reads these environment variables instead of the process's (for tests). */
        public Builder environment(Map<String, String> variables) {
            this.environment = Map.copyOf(variables);
            return this;
        }

        private Builder put(String name, Object value) {
            explicit.put(name, Objects.requireNonNull(value, () -> name + " must not be null"));
            return this;
        }

        /**
         * Reads every source and validates the result.
         *
         * @throws InvalidDatabaseSettingsException listing every missing or invalid value
         */
        public DatabaseSettings load() {
            return SettingsLoader.load(explicit, systemProperties, environment, persistenceUnit);
        }
    }
}
