// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.SessionFactory;

import dev.hibernatepack.repository.BaseRepository;

/**
 * The measured workloads, written once and called both by the JMH benchmarks and by
 * {@link StatementCountCheck}, so that the check counts exactly what is timed.
 */
final class Workloads {

    /** Rows inserted by one invocation of an insert workload. */
    static final int ROWS = 10_000;

    /** JDBC batch size, Hibernate's {@code hibernate.jdbc.batch_size} and the flush interval. */
    static final int BATCH_SIZE = 50;

    private static final Clock CLOCK = Clock.systemUTC();

    // Built once, so that no workload is timed building strings.
    private static final String[] TITLES = new String[ROWS];
    private static final String BODY = "A benchmark post body of a realistic length, the same for every row, so that"
            + " each insert binds about as many bytes as a short blog post teaser would.";

    static {
        for (int i = 0; i < ROWS; i++) {
            TITLES[i] = "Post number " + i;
        }
    }

    private static final String INSERT_SQL =
            "insert into hand_post (id, created_at, updated_at, is_active, title, body) values (?, ?, ?, ?, ?, ?)";
    private static final String SELECT_SQL =
            "select id, created_at, updated_at, is_active, title, body from hand_post where id = ?";

    private Workloads() {
    }

    /** The current time as the mixin's generator computes it for a microsecond column. */
    static Instant now() {
        return CLOCK.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * {@value #ROWS} rows into {@code hand_post} with {@code addBatch}/{@code executeBatch} in one
     * transaction. Ids are 1..{@value #ROWS}, not drawn from the sequence: the table must be empty.
     */
    static void rawJdbcBatchInsert(Database database) throws SQLException {
        Connection connection = database.connection();
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT_SQL)) {
                for (int i = 0; i < ROWS; i++) {
                    OffsetDateTime now = now().atOffset(ZoneOffset.UTC);
                    insert.setLong(1, i + 1L);
                    insert.setObject(2, now);
                    insert.setObject(3, now);
                    insert.setBoolean(4, true);
                    insert.setString(5, TITLES[i]);
                    insert.setString(6, BODY);
                    insert.addBatch();
                    if ((i + 1) % BATCH_SIZE == 0) {
                        insert.executeBatch();
                    }
                }
                if (ROWS % BATCH_SIZE != 0) {
                    insert.executeBatch();
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
            database.release(connection);
        }
    }

    /** {@value #ROWS} {@link HandPost}s, timestamps set by the caller, persisted with a flush and clear every batch. */
    static void hibernatePersistBatched(SessionFactory sessionFactory) {
        sessionFactory.inTransaction(session -> {
            for (int i = 0; i < ROWS; i++) {
                session.persist(new HandPost(TITLES[i], BODY, now()));
                if ((i + 1) % BATCH_SIZE == 0) {
                    session.flush();
                    session.clear();
                }
            }
        });
    }

    /** As {@link #hibernatePersistBatched(SessionFactory)} with {@link MixinPost}: timestamps set by the mixin. */
    static void mixinPersistBatched(SessionFactory sessionFactory) {
        sessionFactory.inTransaction(session -> {
            for (int i = 0; i < ROWS; i++) {
                session.persist(new MixinPost(TITLES[i], BODY));
                if ((i + 1) % BATCH_SIZE == 0) {
                    session.flush();
                    session.clear();
                }
            }
        });
    }

    /** As {@link #hibernatePersistBatched(SessionFactory)} with {@link BuiltinPost}: timestamps set by Hibernate's own generators. */
    static void builtinPersistBatched(SessionFactory sessionFactory) {
        sessionFactory.inTransaction(session -> {
            for (int i = 0; i < ROWS; i++) {
                session.persist(new BuiltinPost(TITLES[i], BODY));
                if ((i + 1) % BATCH_SIZE == 0) {
                    session.flush();
                    session.clear();
                }
            }
        });
    }

    /** {@value #ROWS} {@link HandPost}s through {@code StatelessSession.insertMultiple}, one call per batch. */
    static void statelessInsertMultiple(SessionFactory sessionFactory) {
        sessionFactory.inStatelessTransaction(session -> {
            // Hibernate 7 ignores hibernate.jdbc.batch_size in a StatelessSession.
            session.setJdbcBatchSize(BATCH_SIZE);
            List<HandPost> chunk = new ArrayList<>(BATCH_SIZE);
            for (int i = 0; i < ROWS; i++) {
                chunk.add(new HandPost(TITLES[i], BODY, now()));
                if (chunk.size() == BATCH_SIZE) {
                    session.insertMultiple(chunk);
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty()) {
                session.insertMultiple(chunk);
            }
        });
    }

    /**
     * {@value #ROWS} {@link MixinPost}s through Hibernate's own {@code StatelessSession.insert},
     * one call per row, JDBC batches of {@value #BATCH_SIZE}: what {@code insertAll} builds on.
     */
    static void statelessInsertLoop(SessionFactory sessionFactory) {
        sessionFactory.inStatelessTransaction(session -> {
            session.setJdbcBatchSize(BATCH_SIZE);
            for (int i = 0; i < ROWS; i++) {
                session.insert(new MixinPost(TITLES[i], BODY));
            }
        });
    }

    /**
     * {@value #ROWS} {@link MixinPost}s through {@code BaseRepository.insertAll}: one call, one
     * transaction, a {@code StatelessSession} on the transaction's connection.
     */
    static void repositoryInsertAll(BaseRepository<MixinPost, Long> repository) {
        List<MixinPost> posts = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            posts.add(new MixinPost(TITLES[i], BODY));
        }
        repository.insertAll(posts);
    }

    /** Inserts {@code count} {@link HandPost}s for the select benchmarks and returns their ids. */
    static long[] insertRows(SessionFactory sessionFactory, int count) {
        long[] ids = new long[count];
        sessionFactory.inStatelessTransaction(session -> {
            for (int i = 0; i < count; i++) {
                HandPost post = new HandPost(TITLES[i % ROWS], BODY, now());
                session.insert(post);
                ids[i] = post.getId();
            }
        });
        return ids;
    }

    /** The {@link HandPost} with {@code id}, loaded by a new session (outside a transaction, in auto-commit). */
    static HandPost findById(SessionFactory sessionFactory, long id) {
        try (var session = sessionFactory.openSession()) {
            return session.find(HandPost.class, id);
        }
    }

    /** The same row as {@link #findById(SessionFactory, long)}, read by hand into a {@link HandPost}. */
    static HandPost rawJdbcSelectById(Database database, long id) throws SQLException {
        Connection connection = database.connection();
        try (PreparedStatement select = connection.prepareStatement(SELECT_SQL)) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                return new HandPost(
                        row.getLong(1),
                        row.getString(5),
                        row.getString(6),
                        row.getObject(2, OffsetDateTime.class).toInstant(),
                        row.getObject(3, OffsetDateTime.class).toInstant(),
                        row.getBoolean(4));
            }
        } finally {
            database.release(connection);
        }
    }
}
