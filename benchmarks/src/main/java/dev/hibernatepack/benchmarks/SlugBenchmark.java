// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.hibernatepack.slug.Slugs;

/**
 * Inserting posts with and without the slug module, same factory, same run. Per transaction (one
 * insert and a commit, the web request that creates a post): no slug, a slug the caller makes,
 * the module's slug from a fresh title, the module's slug from a title already taken, and raw
 * JDBC. Per batch ({@value #BATCH_ROWS} rows in one transaction, flush and clear every 50): no slug
 * against the module's slug, which is written unbatched so that a taken slug can be retried.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class SlugBenchmark {

    static final int BATCH_ROWS = 1_000;
    private static final String BODY = "A body of a few words, as posts have.";
    private static final int TAKEN_TITLES = 50;

    /** One factory with the three post tables, emptied before every iteration so that they stay small. */
    @State(Scope.Benchmark)
    public static class PerTransaction {

        @Param({Database.H2, Database.POSTGRESQL})
        public String database;

        Database db;
        long counter;

        @Setup(Level.Trial)
        public void open() {
            db = openDatabase(database);
        }

        @Setup(Level.Iteration)
        public void emptyTables() {
            db.truncate();
        }

        @TearDown(Level.Trial)
        public void close() {
            db.close();
        }
    }

    /** The same tables, emptied before every invocation: an invocation inserts {@value #BATCH_ROWS} rows. */
    @State(Scope.Benchmark)
    public static class PerBatch {

        @Param({Database.H2, Database.POSTGRESQL})
        public String database;

        Database db;

        @Setup(Level.Trial)
        public void open() {
            db = openDatabase(database);
        }

        @Setup(Level.Invocation)
        public void emptyTables() {
            db.truncate();
        }

        @TearDown(Level.Trial)
        public void close() {
            db.close();
        }
    }

    static Database openDatabase(String database) {
        return Database.open(database, null, false, Map.of(), List.of(MixinPost.class, SlugPost.class, HandSlugPost.class));
    }

    @Benchmark
    public void plainInsert(PerTransaction state) {
        String title = "Post number " + (++state.counter);
        state.db.sessionFactory().inTransaction(session -> session.persist(new MixinPost(title, BODY)));
    }

    @Benchmark
    public void handSlugInsert(PerTransaction state) {
        String title = "Post number " + (++state.counter);
        state.db.sessionFactory().inTransaction(session -> session.persist(new HandSlugPost(title, BODY, Slugs.generateSlug(title))));
    }

    @Benchmark
    public void slugInsert(PerTransaction state) {
        String title = "Post number " + (++state.counter);
        state.db.sessionFactory().inTransaction(session -> session.persist(new SlugPost(title, BODY)));
    }

    /** Titles cycle through {@value #TAKEN_TITLES}, so after the first round each slug is taken: one more insert and a query. */
    @Benchmark
    public void slugInsertTaken(PerTransaction state) {
        String title = "Recurring post " + (++state.counter % TAKEN_TITLES);
        state.db.sessionFactory().inTransaction(session -> session.persist(new SlugPost(title, BODY)));
    }

    /** {@link #handSlugInsert} by hand: one insert (id from a counter far above the sequence's) and a commit. */
    @Benchmark
    public void rawJdbcInsert(PerTransaction state) throws SQLException {
        long n = ++state.counter;
        String title = "Post number " + n;
        OffsetDateTime now = OffsetDateTime.now(Clock.systemUTC()).truncatedTo(ChronoUnit.MICROS).withOffsetSameInstant(ZoneOffset.UTC);
        Connection connection = state.db.connection();
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into hand_slug_post"
                    + " (id, created_at, updated_at, is_active, title, body, slug) values (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, 1_000_000_000L + n);
                insert.setObject(2, now);
                insert.setObject(3, now);
                insert.setBoolean(4, true);
                insert.setString(5, title);
                insert.setString(6, BODY);
                insert.setString(7, Slugs.generateSlug(title));
                insert.executeUpdate();
            }
            connection.commit();
        } finally {
            state.db.release(connection);
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH_ROWS)
    public void plainPersistBatched(PerBatch state) {
        state.db.sessionFactory().inTransaction(session -> {
            for (int i = 0; i < BATCH_ROWS; i++) {
                session.persist(new MixinPost("Post number " + i, BODY));
                if ((i + 1) % 50 == 0) {
                    session.flush();
                    session.clear();
                }
            }
        });
    }

    @Benchmark
    @OperationsPerInvocation(BATCH_ROWS)
    public void slugPersistBatched(PerBatch state) {
        state.db.sessionFactory().inTransaction(session -> {
            for (int i = 0; i < BATCH_ROWS; i++) {
                session.persist(new SlugPost("Post number " + i, BODY));
                if ((i + 1) % 50 == 0) {
                    session.flush();
                    session.clear();
                }
            }
        });
    }
}
