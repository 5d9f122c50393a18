// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.hibernate.Session;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.repository.testmodel.Note;
import dev.hibernatepack.testing.TestDatabase;

/** One {@link Database} for the class, on H2 or PostgreSQL as the run selects. */
class DatabaseIT {

    private static Database db;

    // On PostgreSQL every Database of this class shares one schema: the extra ones must not drop it.
    private static final String SHARED_SCHEMA = "update";

    static DatabaseSettings.Builder settings(String name) {
        Map<String, Object> connection = TestDatabase.current().connectionSettings(name);
        return DatabaseSettings.builder().systemProperties(Map.of()).environment(Map.of())
                .url(connection.get("jakarta.persistence.jdbc.url").toString())
                .username(connection.get("jakarta.persistence.jdbc.user").toString())
                .password(connection.get("jakarta.persistence.jdbc.password").toString())
                .poolSize(1).maxOverflow(2).poolTimeout(java.time.Duration.ofSeconds(5));
    }

    @BeforeAll
    static void open() {
        TestDatabase.current().assumeAvailable();
        // Nullability left to the database, so a NOT NULL violation happens at commit, in the database.
        db = Database.create(settings("database-it").load(), Map.of(AvailableSettings.HBM2DDL_AUTO, "create-drop",
                AvailableSettings.CHECK_NULLABILITY, "false"), Note.class);
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
    }

    private static List<String> texts() {
        return db.fromReadOnlyTransaction(session -> session.createSelectionQuery("select text from Note order by text", String.class)
                .getResultList());
    }

    @Test
    void aTransactionCommitsWhatItsWorkDid() {
        Long id = db.fromTransaction(session -> {
            Note note = new Note("first");
            session.persist(note);
            return note.getId();
        });

        assertThat(texts()).containsExactly("first");
        String text = db.fromReadOnlyTransaction(session -> session.find(Note.class, id).getText());
        assertThat(text).isEqualTo("first");
        assertThat(db.poolStatistics().active()).isZero();
    }

    @Test
    void anExceptionRollsBackAndIsRethrownAsItWas() {
        IllegalStateException failure = new IllegalStateException("business rule broken");
        assertThatThrownBy(() -> db.inTransaction(session -> {
            session.persist(new Note("lost"));
            session.flush(); // the INSERT has run: only the rollback can undo it
            throw failure;
        })).isSameAs(failure);

        assertThat(texts()).isEmpty();
        assertThat(db.poolStatistics().active()).isZero();
    }

    @Test
    void anErrorRollsBackToo() {
        assertThatThrownBy(() -> db.inTransaction(session -> {
            session.persist(new Note("lost"));
            session.flush();
            throw new AssertionError("a failed assertion in the work");
        })).isInstanceOf(AssertionError.class);

        assertThat(texts()).isEmpty();
        assertThat(db.poolStatistics().active()).isZero();
    }

    @Test
    void aFailedCommitRollsBackAndNoConnectionLeaks() {
        for (int i = 0; i < 5; i++) { // more failures than the pool has connections
            assertThatThrownBy(() -> db.inTransaction(session -> session.persist(new Note(null))))
                    .isInstanceOf(NotNullViolationException.class);
        }

        assertThat(db.poolStatistics().active()).isZero();
        assertThat(db.poolStatistics().total()).isLessThanOrEqualTo(3);
        db.inTransaction(session -> session.persist(new Note("still works")));
        assertThat(texts()).containsExactly("still works");
    }

    @Test
    void aReadOnlyTransactionFlushesNothing() {
        Long id = db.fromTransaction(session -> {
            Note note = new Note("original");
            session.persist(note);
            return note.getId();
        });

        db.inReadOnlyTransaction(session -> session.find(Note.class, id).setText("changed in a read-only transaction"));

        assertThat(texts()).containsExactly("original");
    }

    @Test
    void aWriteInAReadOnlyTransactionIsRefusedByTheDatabase() {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.current().isPostgreSQL(),
                "H2 treats a read-only connection as a hint");
        // Plain JDBC, past Hibernate's own checks: the connection itself is read-only.
        assertThatThrownBy(() -> db.inReadOnlyTransaction(session -> session.doWork(connection -> {
            try (var statement = connection.createStatement()) {
                statement.executeUpdate("insert into Note (id, text) values (-1, 'sneaked')");
            }
        }))).hasStackTraceContaining("cannot execute INSERT in a read-only transaction");

        assertThat(texts()).isEmpty();
    }

    @Test
    void openSessionLeavesTheTransactionToTheCaller() {
        try (Session session = db.openSession()) {
            var transaction = session.beginTransaction();
            session.persist(new Note("manual"));
            transaction.rollback();
        }
        assertThat(texts()).isEmpty();
        assertThat(db.poolStatistics().active()).isZero();
    }

    @Test
    void performanceDefaultsAreOnAndTheApplicationCanOverrideThem() {
        var options = db.sessionFactory().getSessionFactoryOptions();
        assertThat(options.getJdbcBatchSize()).isEqualTo(50);
        assertThat(options.isOrderInsertsEnabled()).isTrue();
        assertThat(options.isOrderUpdatesEnabled()).isTrue();
        assertThat(options.getJdbcFetchSize()).isEqualTo(100);

        try (Database custom = Database.create(settings("database-it-custom").load(),
                Map.of(AvailableSettings.STATEMENT_BATCH_SIZE, "20", AvailableSettings.HBM2DDL_AUTO, SHARED_SCHEMA), Note.class)) {
            assertThat(custom.sessionFactory().getSessionFactoryOptions().getJdbcBatchSize()).isEqualTo(20);
        }
    }

    @Test
    void poolSizeAndOverflowBecomeHikarisMinimumIdleAndMaximum() {
        try (Database sized = Database.create(settings("database-it-sized").poolSize(2).maxOverflow(3).load(),
                Map.of(AvailableSettings.HBM2DDL_AUTO, SHARED_SCHEMA), Note.class)) {
            var hikari = sized.sessionFactory().getSessionFactoryOptions().getServiceRegistry()
                    .requireService(org.hibernate.engine.jdbc.connections.spi.ConnectionProvider.class)
                    .unwrap(com.zaxxer.hikari.HikariDataSource.class);
            assertThat(hikari.getMinimumIdle()).isEqualTo(2);
            assertThat(hikari.getMaximumPoolSize()).isEqualTo(5);
            assertThat(hikari.getConnectionTimeout()).isEqualTo(5_000);
            assertThat(hikari.isAutoCommit()).isFalse();
        }
    }

    @Test
    void closingTwiceIsHarmlessAndClosesThePool() {
        Database other = Database.create(settings("database-it-close").load(), Map.of(AvailableSettings.HBM2DDL_AUTO, SHARED_SCHEMA),
                Note.class);
        other.close();
        other.close();

        assertThat(other.isClosed()).isTrue();
        assertThat(other.sessionFactory().isClosed()).isTrue();
        assertThatThrownBy(other::poolStatistics).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void aPersistenceUnitGetsThePoolInsteadOfItsOwnConnectionSettings() {
        try (Database unit = Database.fromPersistenceUnit("notes", settings("database-it-unit").load(),
                Map.of(AvailableSettings.HBM2DDL_AUTO, SHARED_SCHEMA))) {
            unit.inTransaction(session -> session.persist(new Note("from persistence.xml")));

            Long count = unit.fromReadOnlyTransaction(session -> session.createSelectionQuery("select count(*) from Note", Long.class)
                    .getSingleResult());
            assertThat(count).isEqualTo(1L);
            var options = unit.sessionFactory().getSessionFactoryOptions();
            assertThat(options.getJdbcFetchSize()).isEqualTo(25); // the unit's own setting wins over the default
            assertThat(options.getJdbcBatchSize()).isEqualTo(50);
        }
    }

    @Test
    void aFactoryTheApplicationBuiltGetsTransactionsAndRepositoriesAndStaysOpen() {
        Map<String, Object> properties = new java.util.HashMap<>(TestDatabase.current().connectionSettings("database-it-of"));
        properties.put(AvailableSettings.HBM2DDL_AUTO, SHARED_SCHEMA);
        try (var factory = jakarta.persistence.Persistence.createEntityManagerFactory("notes", properties)) {
            Database wrapped = Database.of(factory);
            BaseRepository<Note, Long> notes = new BaseRepository<>(wrapped, Note.class);

            notes.insert(new Note("through the application's factory"));
            assertThatThrownBy(() -> wrapped.inTransaction(session -> {
                notes.insert(new Note("rolled back"));
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(notes.count()).isEqualTo(1);
            assertThatThrownBy(wrapped::poolStatistics).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("did not build");

            wrapped.close();
            assertThat(factory.isOpen()).as("the application closes its own factory").isTrue();
        }
    }
}
