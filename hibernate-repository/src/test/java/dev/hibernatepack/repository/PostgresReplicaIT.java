// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.hibernate.Session;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.repository.testmodel.Note;
import dev.hibernatepack.testing.TestDatabase;

/**
 * Read/write separation against a real streaming replica ({@code .ci/run} starts one and sets
 * {@code PG_REPLICA_JDBC_URL}): read-only transactions and repository reads run on the replica,
 * everything else on the primary.
 */
class PostgresReplicaIT {

    /** The JDBC URL of a streaming replica of the PostgreSQL server the tests use. */
    static final String PG_REPLICA_JDBC_URL = "PG_REPLICA_JDBC_URL";

    private static Database db;

    /** One row of {@code select pg_is_in_recovery()}. */
    record Recovery(boolean inRecovery) {
    }

    @BeforeAll
    static void open() {
        assumeTrue(TestDatabase.current().isPostgreSQL(), "PostgreSQL only");
        TestDatabase.current().assumeAvailable();
        String replica = System.getenv(PG_REPLICA_JDBC_URL);
        assumeTrue(replica != null && !replica.isBlank(), "set " + PG_REPLICA_JDBC_URL + " to a streaming replica");
        db = Database.create(DatabaseIT.settings("replica-it").replicaUrl(replica).load(),
                Map.of(AvailableSettings.HBM2DDL_AUTO, "update"), Note.class);
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    private static boolean onReplica(Session session) {
        return session.createNativeQuery("select pg_is_in_recovery()", Boolean.class).getSingleResult();
    }

    @Test
    void readOnlyTransactionsRunOnTheReplicaAndTheOthersOnThePrimary() {
        boolean write = db.fromTransaction(PostgresReplicaIT::onReplica);
        boolean read = db.fromReadOnlyTransaction(PostgresReplicaIT::onReplica);
        assertThat(write).isFalse();
        assertThat(read).isTrue();
        assertThat(db.replicaPoolStatistics()).get().extracting(PoolStatistics::active).isEqualTo(0);
    }

    @Test
    void repositoryReadsGoToTheReplicaUnlessTheyJoinAWriteTransaction() {
        BaseRepository<Note, Long> notes = new BaseRepository<>(db, Note.class);
        assertThat(notes.nativeQuery(Recovery.class, "select pg_is_in_recovery()")).containsExactly(new Recovery(true));
        List<Recovery> joined = db.fromTransaction(session -> notes.nativeQuery(Recovery.class, "select pg_is_in_recovery()"));
        assertThat(joined).containsExactly(new Recovery(false));
    }

    @Test
    void readsSeeWhatThePrimaryCommitted() throws InterruptedException {
        String text = "replicated " + System.nanoTime();
        db.inTransaction(session -> session.persist(new Note(text)));
        long seen = 0;
        for (int i = 0; i < 150 && seen == 0; i++) {
            seen = db.fromReadOnlyTransaction(session -> session
                    .createSelectionQuery("select count(*) from Note where text = :text", Long.class)
                    .setParameter("text", text).getSingleResult());
            if (seen == 0) {
                Thread.sleep(100);
            }
        }
        assertThat(seen).as("the replica caught up within 15 s").isEqualTo(1);
    }

    @Test
    void aWriteThroughAReadOnlyTransactionIsRefusedByTheReplica() {
        assertThatThrownBy(() -> db.inReadOnlyTransaction(session -> session.doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("create table replica_probe (id int)");
            }
        }))).hasStackTraceContaining("read-only transaction");
        boolean created = db.fromTransaction(session -> session
                .createNativeQuery("select to_regclass('replica_probe') is not null", Boolean.class).getSingleResult());
        assertThat(created).isFalse();
    }
}
