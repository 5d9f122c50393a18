// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import dev.hibernatepack.repository.internal.PooledConnections;

/**
 * Why the pools could not open, as a typed error: settings the server or the classpath refuse
 * ({@link InvalidDatabaseSettingsException}: retrying will not help) or a server that cannot be
 * reached ({@link DatabaseUnavailableException}: retrying later may). Messages show the URL masked
 * and never the password; a cause whose text holds the password or the unmasked URL is left out.
 */
final class StartupFailures {

    private StartupFailures() {
    }

    /** The pools {@code settings} describe, each with a first connection, or the typed error for why not. */
    static PooledConnections openPools(DatabaseSettings settings) {
        try {
            return PooledConnections.open(settings);
        } catch (PooledConnections.OpenFailure failure) {
            throw translate(failure.getCause(), settings, failure.replica());
        }
    }

    private static RuntimeException translate(Throwable failure, DatabaseSettings settings, boolean replica) {
        String url = replica ? settings.replicaUrl().orElseThrow() : settings.url();
        String setting = replica ? "[" + DatabaseSettings.REPLICA_URL + "] setting" : settings.urlOrigin();
        String shown = SettingsLoader.maskUrl(url);
        String password = settings.password().orElse("");
        if (!hasDriver(url)) {
            // HikariCP's own message quotes the URL as it is: not kept.
            return new InvalidDatabaseSettingsException(List.of("The value [" + shown + "] of the " + setting
                    + " is not supported; allowed: a URL that a JDBC driver on the classpath accepts (none does: add"
                    + " the driver of your database, such as org.postgresql:postgresql, org.mariadb.jdbc:mariadb-java-client"
                    + " or com.h2database:h2)"), null);
        }
        SQLException sql = sqlException(failure);
        Throwable reported = sql != null ? sql : failure;
        String state = sql == null ? null : sql.getSQLState();
        String said = scrub(firstLine(reported.getMessage()), password, url);
        Throwable cause = mentions(reported, password, url) ? null : reported;
        if (state != null && state.startsWith("28")) {
            return new InvalidDatabaseSettingsException(List.of("The database at [" + shown + "] refused the user ["
                    + settings.username().orElse("(none given)") + "] or its password (SQL state " + state + "): check "
                    + settings.credentialsOrigin() + "; the server said: " + said), cause);
        }
        if ("3D000".equals(state) || "90146".equals(state)) {
            return new InvalidDatabaseSettingsException(List.of("The database at [" + shown + "] does not exist (SQL state " + state
                    + "): check the " + setting + "; the server said: " + said), cause);
        }
        return new DatabaseUnavailableException("Cannot connect to the database at [" + shown + "]: " + said, cause);
    }

    private static boolean hasDriver(String url) {
        try {
            DriverManager.getDriver(url);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static SQLException sqlException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** Whether any message in the chain holds the password or the URL unmasked (when the URL holds a secret). */
    private static boolean mentions(Throwable failure, String password, String url) {
        boolean urlIsSecret = !SettingsLoader.maskUrl(url).equals(url);
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && ((!password.isEmpty() && message.contains(password)) || (urlIsSecret && message.contains(url)))) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (mentions(suppressed, password, url)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String scrub(String text, String password, String url) {
        String scrubbed = text.replace(url, SettingsLoader.maskUrl(url));
        return password.isEmpty() ? scrubbed : scrubbed.replace(password, "****");
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "no reason given";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
