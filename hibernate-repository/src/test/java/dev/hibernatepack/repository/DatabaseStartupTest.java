// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.repository.testmodel.Note;
import dev.hibernatepack.testing.LogCapture;

/**
 * {@code Database.create} when it cannot start: a server that is down, credentials the server
 * refuses, a URL no driver on the classpath accepts. Each is a typed error, and no part of the
 * password shows in its message, its causes or any log line.
 */
class DatabaseStartupTest {

    static DatabaseSettings.Builder isolated() {
        return DatabaseSettings.builder().systemProperties(Map.of()).environment(Map.of()).poolSize(1).maxOverflow(0)
                .poolTimeout(Duration.ofSeconds(2));
    }

    /** A port on 127.0.0.1 that nothing listens on (it was free a moment ago). */
    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The failure of {@code Database.create}, checked to show no part of {@code password} in its messages, causes or log lines. */
    static Throwable startupFailure(DatabaseSettings settings, String password) {
        try (LogCapture log = LogCapture.of("")) {
            Throwable failure = null;
            try (Database db = Database.create(settings, Note.class)) {
                // started: no failure to return
            } catch (RuntimeException e) {
                failure = e;
            }
            assertThat(failure).as("Database.create failed").isNotNull();
            DatabaseUrlPasswordTest.showsNoPartOf(stackTrace(failure), password);
            for (LogRecord record : log.records()) {
                DatabaseUrlPasswordTest.showsNoPartOf(String.valueOf(record.getMessage()), password);
                DatabaseUrlPasswordTest.showsNoPartOf(String.valueOf(List.of(record.getParameters() == null ? new Object[0]
                        : record.getParameters())), password);
                if (record.getThrown() != null) {
                    DatabaseUrlPasswordTest.showsNoPartOf(stackTrace(record.getThrown()), password);
                }
            }
            DatabaseUrlPasswordTest.showsNoPartOf(String.join("\n", log.messages()), password);
            return failure;
        }
    }

    static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private static String encoded(String password) {
        return URLEncoder.encode(password, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void aServerThatIsDownIsUnavailableAndNoPartOfAPasswordShows() throws IOException {
        int port = closedPort();
        for (String password : DatabaseUrlPasswordTest.NASTY) {
            DatabaseSettings settings = isolated().url("postgresql://app:" + encoded(password) + "@127.0.0.1:" + port + "/blog").load();

            assertThat(startupFailure(settings, password)).isInstanceOfSatisfying(DatabaseUnavailableException.class, e -> assertThat(
                    e.getMessage()).startsWith("Cannot connect to the database at [jdbc:postgresql://127.0.0.1:" + port + "/blog]: "));
        }
        DatabaseSettings h2 = isolated().url("jdbc:h2:tcp://127.0.0.1:" + port + "/mem:x").password("Qx7:Vb8@Wn9").load();
        assertThat(startupFailure(h2, "Qx7:Vb8@Wn9")).isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("127.0.0.1:" + port);
    }

    @Test
    void aUrlNoDriverAcceptsIsAnInvalidSetting() {
        DatabaseSettings unknown = isolated().url("jdbc:unknown:x").password("Qx7@Vb8").load();
        assertThat(startupFailure(unknown, "Qx7@Vb8")).isInstanceOfSatisfying(InvalidDatabaseSettingsException.class,
                e -> assertThat(e.problems()).containsExactly("The value [jdbc:unknown:x] of the [hibernatepack.database.url] setting"
                        + " is not supported; allowed: a URL that a JDBC driver on the classpath accepts (none does: add the driver"
                        + " of your database, such as org.postgresql:postgresql, org.mariadb.jdbc:mariadb-java-client or com.h2database:h2)"));

        DatabaseSettings withPassword = isolated().url("jdbc:unknown://app:Qx7@Vb8:Wn9@db/x?password=Kp3%23Zr4").load();
        assertThat(startupFailure(withPassword, "Qx7@Vb8:Wn9 Kp3%23Zr4")).isInstanceOf(InvalidDatabaseSettingsException.class)
                .hasMessageContaining("[jdbc:unknown://app:****@db/x?password=****]");

        DatabaseSettings replica = isolated().url("jdbc:h2:mem:startup-" + UUID.randomUUID()).replicaUrl("jdbc:unknown:replica").load();
        assertThat(startupFailure(replica, "")).isInstanceOfSatisfying(InvalidDatabaseSettingsException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(problem -> assertThat(problem)
                        .startsWith("The value [jdbc:unknown:replica] of the [hibernatepack.database.replica_url] setting")));
    }

    @Test
    void credentialsTheServerRefusesAreAnInvalidSettingNamingTheUser() throws SQLException {
        String url = "jdbc:h2:mem:startup-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection keepsItOpen = DriverManager.getConnection(url, "sa", "right")) {
            String password = "Qx7@Vb8:Wn9/Kp3%Zr4?Jt5#Lm6";
            DatabaseSettings wrong = isolated().url(url).username("sa").password(password).load();

            assertThat(startupFailure(wrong, password)).isInstanceOfSatisfying(InvalidDatabaseSettingsException.class,
                    e -> assertThat(e.problems()).singleElement().satisfies(problem -> assertThat(problem)
                            .startsWith("The database at [" + url + "] refused the user [sa] or its password (SQL state 28000)")
                            .contains("[" + DatabaseSettings.USERNAME + "]", "[" + DatabaseSettings.PASSWORD + "]")));
        }
    }

    @Test
    void aUrlFromAPersistenceUnitThatNoDriverAcceptsIsRefusedNamingTheUnitsProperty() {
        DatabaseSettings settings = isolated().persistenceUnit("notes").load();

        assertThatThrownBy(() -> Database.fromPersistenceUnit("notes", settings)).isInstanceOfSatisfying(
                InvalidDatabaseSettingsException.class, e -> assertThat(e.problems()).singleElement().satisfies(problem -> assertThat(
                        problem).startsWith("The value [jdbc:unused:nowhere] of the [jakarta.persistence.jdbc.url] property of the"
                                + " persistence unit [notes] is not supported; allowed: a URL that a JDBC driver on the classpath accepts")));
    }

    @Test
    void credentialsFromAPersistenceUnitThatTheServerRefusesNameTheUnit() throws SQLException {
        String url = "jdbc:h2:mem:unit-wrong-password;DB_CLOSE_DELAY=-1";
        try (Connection keepsItOpen = DriverManager.getConnection(url, "sa", "right")) {
            DatabaseSettings wrong = isolated().persistenceUnit("unit-wrong-password").load();

            assertThat(startupFailure(wrong, "Qx7@Vb8:Wn9/Kp3")).isInstanceOfSatisfying(InvalidDatabaseSettingsException.class,
                    e -> assertThat(e.problems()).singleElement().satisfies(problem -> assertThat(problem)
                            .startsWith("The database at [" + url + "] refused the user [sa] or its password (SQL state 28000): check"
                                    + " the user and password of the persistence unit [unit-wrong-password] (jakarta.persistence.jdbc.user,"
                                    + " jakarta.persistence.jdbc.password), or the [" + DatabaseSettings.USERNAME + "] and ["
                                    + DatabaseSettings.PASSWORD + "] settings, which win over them")));
        }
    }

    @Test
    void mariadbRefusingAWrongPasswordIsAnInvalidSetting() {
        String url = System.getenv().getOrDefault("MARIADB_JDBC_URL", "jdbc:mariadb://127.0.0.1:3306/");
        String user = System.getenv().getOrDefault("MARIADB_USER", "root");
        try (Connection probe = DriverManager.getConnection(url, user, System.getenv().getOrDefault("MARIADB_PASSWORD", ""))) {
            Assumptions.assumeTrue(probe.isValid(2));
        } catch (SQLException e) {
            Assumptions.abort("MariaDB not reachable at " + url + " as " + user);
        }
        String password = "Qx7@Vb8:Wn9/Kp3%Zr4?Jt5#Lm6";
        DatabaseSettings wrong = isolated().url(url).username(user).password(password).load();

        assertThat(startupFailure(wrong, password)).isInstanceOfSatisfying(InvalidDatabaseSettingsException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(problem -> assertThat(problem)
                        .startsWith("The database at [" + url + "] refused the user [" + user + "] or its password (SQL state 28000)")));
    }
}
