// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.repository.testmodel.Note;
import dev.hibernatepack.testing.TestDatabase;

/**
 * A real PostgreSQL server failing under the pool: a backend killed in the middle of a
 * transaction, and the server restarted between two transactions. The restart needs
 * {@code PG_RESTART_COMMAND} (set by {@code .ci/run}, which owns that server).
 */
class PostgresFaultsIT {

    /** A shell command that restarts the PostgreSQL server the tests use. */
    static final String PG_RESTART_COMMAND = "PG_RESTART_COMMAND";

    private static Database db;

    @BeforeAll
    static void open() {
        assumeTrue(TestDatabase.current().isPostgreSQL(), "PostgreSQL only");
        TestDatabase.current().assumeAvailable();
        db = Database.create(DatabaseIT.settings("faults-it").load(), Map.of(AvailableSettings.HBM2DDL_AUTO, "update"), Note.class);
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void empty() {
        db.inTransaction(session -> session.createMutationQuery("delete from Note").executeUpdate());
        db.inTransaction(session -> session.persist(new Note("committed before")));
    }

    private static List<String> texts() {
        return db.fromTransaction(session -> session.createSelectionQuery("select text from Note order by text", String.class)
                .getResultList());
    }

    @Test
    void aBackendKilledMidTransactionIsUnavailableRolledBackAndThePoolRecovers() {
        assertThatThrownBy(() -> db.inTransaction(session -> {
            session.persist(new Note("lost with the connection"));
            session.flush();
            int pid = session.doReturningWork(connection -> {
                try (Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery("select pg_backend_pid()")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            terminate(pid);
            session.createSelectionQuery("from Note", Note.class).getResultList();
        })).isInstanceOf(DatabaseUnavailableException.class);

        assertThat(db.poolStatistics().active()).isZero();
        db.inTransaction(session -> session.persist(new Note("committed after")));
        assertThat(texts()).containsExactly("committed after", "committed before");
        assertThat(db.poolStatistics().active()).isZero();
    }

    @Test
    void aServerRestartedBetweenTransactionsIsInvisibleToTheNext() throws Exception {
        String restart = System.getenv(PG_RESTART_COMMAND);
        assumeTrue(restart != null && !restart.isBlank(), "set " + PG_RESTART_COMMAND + " to restart the server");
        assertThat(texts()).containsExactly("committed before");

        Process process = new ProcessBuilder("bash", "-c", restart).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("restart: " + output).isZero();

        db.inTransaction(session -> session.persist(new Note("committed after")));
        assertThat(texts()).containsExactly("committed after", "committed before");
        assertThat(db.poolStatistics().active()).isZero();
    }

    private static void terminate(int pid) {
        Map<String, Object> connection = TestDatabase.current().connectionSettings("faults-it");
        try (Connection admin = DriverManager.getConnection(connection.get("jakarta.persistence.jdbc.url").toString(),
                connection.get("jakarta.persistence.jdbc.user").toString(),
                connection.get("jakarta.persistence.jdbc.password").toString());
                var statement = admin.prepareStatement("select pg_terminate_backend(?)")) {
            statement.setInt(1, pid);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                assertThat(rs.getBoolean(1)).as("backend %d terminated", pid).isTrue();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
