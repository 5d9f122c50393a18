// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.hibernate.SessionFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What soft delete costs on reads: {@code find} by id and a 100-row query on {@link SoftPost}
 * (filtered by {@code deleted_at is null}) against the same entity without soft delete, twice:
 * {@link FlaggedPost}, the same columns with the condition written by hand (the overhead of the
 * mechanism), and {@link MixinPost}, without the two columns at all (the whole cost); plus the
 * 100-row query in raw JDBC. Every table holds {@value #ROWS} rows; the last {@value #DELETED} of
 * the soft and flagged ones are deleted and lie outside every range read, so all variants return
 * the same rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class SoftDeleteBenchmark {

    static final int ROWS = 1_100;
    static final int DELETED = 100;
    static final int PAGE = 100;

    private static final String RAW_QUERY = "select id, created_at, updated_at, is_active, title, body, deleted_at, is_deleted"
            + " from soft_post where id between ? and ? and deleted_at is null order by id";

    /** One row read by raw JDBC. */
    record Row(long id, Instant createdAt, Instant updatedAt, boolean active, String title, String body, Instant deletedAt,
            boolean deleted) {
    }

    private long[] mixinIds;
    private long[] flaggedIds;
    private long[] softIds;
    private RandomIndexes starts;

    @Setup(Level.Trial)
    public void insertRows(DatabaseState state) {
        state.db.truncate();
        SessionFactory factory = state.db.sessionFactory();
        mixinIds = new long[ROWS];
        flaggedIds = new long[ROWS];
        softIds = new long[ROWS];
        factory.inTransaction(session -> {
            for (int i = 0; i < ROWS; i++) {
                MixinPost mixin = new MixinPost("Post " + i, "body");
                FlaggedPost flagged = new FlaggedPost("Post " + i, "body");
                SoftPost soft = new SoftPost("Post " + i, "body");
                session.persist(mixin);
                session.persist(flagged);
                session.persist(soft);
                mixinIds[i] = mixin.getId();
                flaggedIds[i] = flagged.getId();
                softIds[i] = soft.getId();
            }
        });
        factory.inTransaction(session -> {
            for (int i = ROWS - DELETED; i < ROWS; i++) {
                session.remove(session.find(SoftPost.class, softIds[i]));
                session.find(FlaggedPost.class, flaggedIds[i]).markDeleted(Instant.now());
            }
        });
        starts = new RandomIndexes(ROWS - DELETED - PAGE + 1);
    }

    private int nextStart() {
        return starts.next();
    }

    @Benchmark
    public MixinPost findPlain(DatabaseState state) {
        long id = mixinIds[nextStart()];
        try (var session = state.db.sessionFactory().openSession()) {
            return session.find(MixinPost.class, id);
        }
    }

    @Benchmark
    public FlaggedPost findHand(DatabaseState state) {
        long id = flaggedIds[nextStart()];
        try (var session = state.db.sessionFactory().openSession()) {
            FlaggedPost post = session.find(FlaggedPost.class, id);
            return post == null || post.isDeleted() ? null : post;
        }
    }

    @Benchmark
    public SoftPost findSoftDeletable(DatabaseState state) {
        long id = softIds[nextStart()];
        try (var session = state.db.sessionFactory().openSession()) {
            return session.find(SoftPost.class, id);
        }
    }

    @Benchmark
    public List<MixinPost> query100Plain(DatabaseState state) {
        int start = nextStart();
        try (var session = state.db.sessionFactory().openSession()) {
            return session.createSelectionQuery("from MixinPost p where p.id between :lo and :hi order by p.id", MixinPost.class)
                    .setParameter("lo", mixinIds[start]).setParameter("hi", mixinIds[start + PAGE - 1]).getResultList();
        }
    }

    @Benchmark
    public List<FlaggedPost> query100Hand(DatabaseState state) {
        int start = nextStart();
        try (var session = state.db.sessionFactory().openSession()) {
            return session.createSelectionQuery(
                    "from FlaggedPost p where p.id between :lo and :hi and p.deletedAt is null order by p.id", FlaggedPost.class)
                    .setParameter("lo", flaggedIds[start]).setParameter("hi", flaggedIds[start + PAGE - 1]).getResultList();
        }
    }

    @Benchmark
    public List<SoftPost> query100SoftDeletable(DatabaseState state) {
        int start = nextStart();
        try (var session = state.db.sessionFactory().openSession()) {
            return session.createSelectionQuery("from SoftPost p where p.id between :lo and :hi order by p.id", SoftPost.class)
                    .setParameter("lo", softIds[start]).setParameter("hi", softIds[start + PAGE - 1]).getResultList();
        }
    }

    /**
     * A Jakarta Data repository's request: a new stateless session, one {@code get} and the same
     * 100-row query twice (the second after the session's soft-delete view is set, so Hibernate
     * translates it anew, as it does every query of a {@code Session} with an enabled filter).
     */
    @Benchmark
    public int statelessGetAndQueriesSoftDeletable(DatabaseState state) {
        int start = nextStart();
        try (var session = state.db.sessionFactory().openStatelessSession()) {
            SoftPost post = session.get(SoftPost.class, softIds[start]);
            int rows = 0;
            for (int i = 0; i < 2; i++) {
                rows += session.createSelectionQuery("from SoftPost p where p.id between :lo and :hi order by p.id", SoftPost.class)
                        .setParameter("lo", softIds[start]).setParameter("hi", softIds[start + PAGE - 1]).getResultList().size();
            }
            return post == null ? -rows : rows;
        }
    }

    /** {@link #statelessGetAndQueriesSoftDeletable} on {@link FlaggedPost}, the conditions written by hand. */
    @Benchmark
    public int statelessGetAndQueriesHand(DatabaseState state) {
        int start = nextStart();
        try (var session = state.db.sessionFactory().openStatelessSession()) {
            FlaggedPost post = session.get(FlaggedPost.class, flaggedIds[start]);
            post = post == null || post.isDeleted() ? null : post;
            int rows = 0;
            for (int i = 0; i < 2; i++) {
                rows += session.createSelectionQuery(
                        "from FlaggedPost p where p.id between :lo and :hi and p.deletedAt is null order by p.id", FlaggedPost.class)
                        .setParameter("lo", flaggedIds[start]).setParameter("hi", flaggedIds[start + PAGE - 1]).getResultList().size();
            }
            return post == null ? -rows : rows;
        }
    }

    @Benchmark
    public List<Row> rawJdbcQuery100SoftDeletable(DatabaseState state) throws SQLException {
        int start = nextStart();
        Connection connection = state.db.connection();
        try (PreparedStatement select = connection.prepareStatement(RAW_QUERY)) {
            select.setLong(1, softIds[start]);
            select.setLong(2, softIds[start + PAGE - 1]);
            List<Row> rows = new ArrayList<>(PAGE);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    OffsetDateTime deletedAt = row.getObject(7, OffsetDateTime.class);
                    rows.add(new Row(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant(),
                            row.getObject(3, OffsetDateTime.class).toInstant(), row.getBoolean(4), row.getString(5),
                            row.getString(6), deletedAt == null ? null : deletedAt.toInstant(), row.getBoolean(8)));
                }
            }
            return rows;
        } finally {
            state.db.release(connection);
        }
    }
}
