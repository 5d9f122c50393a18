// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One-off check, outside any timed path, that each workload sends the JDBC calls the README
 * claims (batches of 50, a sequence call per 50 ids, one commit); exits 1 if one does not.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar dev.hibernatepack.benchmarks.StatementCountCheck h2 postgresql}.
 */
public final class StatementCountCheck {

    private static final int FINDS = 100;
    private static final long BATCHES = Workloads.ROWS / Workloads.BATCH_SIZE;
    // Truncation restarts the sequence and resets the pooled optimizer, whose first call yields the
    // single id 1; the 9,999 others come in blocks of 50: 1 + 200 calls.
    private static final long SEQUENCE_CALLS = 1 + BATCHES;

    // Printed after the table: the SQL each workload prepared.
    private static final List<String> STATEMENTS = new ArrayList<>();

    private interface Workload {
        void run(Database database) throws SQLException;
    }

    private StatementCountCheck() {
    }

    public static void main(String[] args) throws SQLException {
        List<String> databases = args.length == 0 ? List.of(Database.H2) : List.of(args);
        boolean ok = true;
        System.out.println("| database | workload | executeBatch | rows in batches | single updates | sequence calls"
                + " | other queries | commits | rows in table | as expected |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
        for (String name : databases) {
            StatementCounter counter = new StatementCounter();
            try (Database database = Database.open(name, counter)) {
                ok &= checkInsert(database, counter, "rawJdbcBatchInsert", "hand_post", BATCHES, 0,
                        Workloads::rawJdbcBatchInsert);
                ok &= checkInsert(database, counter, "hibernatePersistBatched", "hand_post", BATCHES, SEQUENCE_CALLS,
                        db -> Workloads.hibernatePersistBatched(db.sessionFactory()));
                ok &= checkInsert(database, counter, "mixinPersistBatched", "mixin_post", BATCHES, SEQUENCE_CALLS,
                        db -> Workloads.mixinPersistBatched(db.sessionFactory()));
                ok &= checkInsert(database, counter, "builtinPersistBatched", "builtin_post", BATCHES, SEQUENCE_CALLS,
                        db -> Workloads.builtinPersistBatched(db.sessionFactory()));
                // A StatelessSession inserts at once, so the sequence call for a new id block flushes
                // the pending batch; the blocks (2..51, 52..101, ...) straddle the chunks of 50 rows,
                // so every chunk goes out as a batch of 1 and a batch of 49.
                ok &= checkInsert(database, counter, "statelessInsertMultiple", "hand_post", 2 * BATCHES, SEQUENCE_CALLS,
                        db -> Workloads.statelessInsertMultiple(db.sessionFactory()));
                ok &= checkFinds(database, counter);
            }
            // insertAll on a factory as Database builds it. PostgreSQL: the sequence values of all
            // 200 id blocks in one query, then 200 batches of 50. H2 (no prefetch): chunks of 1,000
            // rows, cut by the 201 sequence calls and by the 9 chunk ends between them: 210 batches. Hibernate's stateless insert loop on the same
            // factory: a sequence call per block, which sends the pending batch first, so the
            // single id 1 goes alone and the blocks 2..51, 52..101, ... make the other 200.
            StatementCounter repositoryCounter = new StatementCounter();
            try (Database database = Database.open(name, repositoryCounter, false, Database.repositorySettings())) {
                dev.hibernatepack.repository.BaseRepository<MixinPost, Long> repository = new dev.hibernatepack.repository.BaseRepository<>(
                        dev.hibernatepack.repository.Database.of(database.sessionFactory()), MixinPost.class);
                boolean prefetches = name.equals(Database.POSTGRESQL);
                ok &= checkInsert(database, repositoryCounter, "repositoryInsertAll", "mixin_post",
                        prefetches ? BATCHES : BATCHES + 10, prefetches ? 1 : SEQUENCE_CALLS,
                        db -> Workloads.repositoryInsertAll(repository));
                ok &= checkInsert(database, repositoryCounter, "statelessInsertLoop", "mixin_post", BATCHES + 1, SEQUENCE_CALLS,
                        db -> Workloads.statelessInsertLoop(db.sessionFactory()));
            }
        }
        System.out.println();
        STATEMENTS.forEach(System.out::println);
        if (!ok) {
            System.err.println("Some workload did not send the expected JDBC calls; see the table above.");
            System.exit(1);
        }
    }

    private static boolean checkInsert(Database database, StatementCounter counter, String workloadName,
            String table, long expectedBatches, long expectedSequenceCalls, Workload workload) throws SQLException {
        // A first run warms up; the second, after the same truncation, is what a timed invocation sees.
        database.truncate();
        workload.run(database);
        database.truncate();
        counter.reset();
        workload.run(database);
        StatementCounter.Counts counts = counter.counts();
        long rows = countRows(database, table);
        boolean expected = counts.batches() == expectedBatches
                && counts.batchedRows() == Workloads.ROWS
                && counts.singleUpdates() == 0
                && counts.sequenceCalls() == expectedSequenceCalls
                && counts.otherQueries() == 0
                && counts.commits() == 1
                && rows == Workloads.ROWS;
        print(database, workloadName, counts, rows, expected);
        database.truncate();
        return expected;
    }

    private static boolean checkFinds(Database database, StatementCounter counter) throws SQLException {
        long[] ids = Workloads.insertRows(database.sessionFactory(), FINDS);
        boolean ok = true;
        for (String workloadName : List.of("findById", "rawJdbcSelectById")) {
            counter.reset();
            int found = 0;
            for (long id : ids) {
                HandPost post = workloadName.equals("findById")
                        ? Workloads.findById(database.sessionFactory(), id)
                        : Workloads.rawJdbcSelectById(database, id);
                if (post != null && post.getId() == id && post.getCreatedAt() != null) {
                    found++;
                }
            }
            StatementCounter.Counts counts = counter.counts();
            boolean expected = counts.otherQueries() == FINDS && counts.batches() == 0
                    && counts.singleUpdates() == 0 && counts.sequenceCalls() == 0 && found == FINDS;
            print(database, workloadName + " x" + FINDS, counts, found, expected);
            ok &= expected;
        }
        database.truncate();
        return ok;
    }

    private static long countRows(Database database, String table) throws SQLException {
        Connection connection = database.connection();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "select count(*) from " + table + " where created_at is not null and updated_at is not null")) {
            result.next();
            return result.getLong(1);
        } finally {
            database.release(connection);
        }
    }

    private static void print(Database database, String workload, StatementCounter.Counts counts, long rows,
            boolean expected) {
        System.out.printf("| %s | %s | %d | %d | %d | %d | %d | %d | %d | %s |%n", database.name(), workload,
                counts.batches(), counts.batchedRows(), counts.singleUpdates(), counts.sequenceCalls(),
                counts.otherQueries(), counts.commits(), rows, expected ? "yes" : "NO");
        STATEMENTS.add(database.name() + " " + workload + ":");
        counts.statements().forEach(sql -> STATEMENTS.add("    " + sql));
    }
}
