// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.testing.TestDatabase;

/** A real PostgreSQL server refusing to start a {@code Database}: a wrong password, a database that does not exist. */
class DatabaseStartupIT {

    private static final String WRONG = "Qx7@Vb8:Wn9/Kp3%Zr4?Jt5#Lm6";

    private String url;
    private String user;

    @BeforeEach
    void postgresql() {
        assumeTrue(TestDatabase.current().isPostgreSQL(), "PostgreSQL only");
        Map<String, Object> connection = TestDatabase.current().connectionSettings("startup-it");
        url = connection.get("jakarta.persistence.jdbc.url").toString();
        user = connection.get("jakarta.persistence.jdbc.user").toString();
    }

    @Test
    void aWrongPasswordIsAnInvalidSettingNamingTheUserNeverThePassword() {
        // A server that trusts local connections (as a developer's may) accepts any password: nothing to refuse there.
        try (Connection accepted = DriverManager.getConnection(url, user, WRONG)) {
            assumeTrue(false, "the server at " + url + " does not check passwords");
        } catch (SQLException refused) {
            assumeTrue("28P01".equals(refused.getSQLState()) || "28000".equals(refused.getSQLState()), refused.getSQLState());
        }
        DatabaseSettings wrong = DatabaseStartupTest.isolated().url(url).username(user).password(WRONG).load();

        assertThat(DatabaseStartupTest.startupFailure(wrong, WRONG)).isInstanceOfSatisfying(InvalidDatabaseSettingsException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(problem -> assertThat(problem)
                        .startsWith("The database at [" + url + "] refused the user [" + user + "] or its password (SQL state 28P01)")));
    }

    @Test
    void aDatabaseThatDoesNotExistIsAnInvalidSetting() {
        String missing = url.replaceFirst("/[^/?]*(\\?|$)", "/hp_no_such_database$1");
        DatabaseSettings settings = DatabaseStartupTest.isolated().url(missing).username(user)
                .password(System.getenv().getOrDefault(TestDatabase.PG_PASSWORD, "")).load();

        assertThat(DatabaseStartupTest.startupFailure(settings, WRONG)).isInstanceOfSatisfying(InvalidDatabaseSettingsException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(problem -> assertThat(problem)
                        .startsWith("The database at [" + missing + "] does not exist (SQL state 3D000)")));
    }
}
