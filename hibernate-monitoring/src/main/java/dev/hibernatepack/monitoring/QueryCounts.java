// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import dev.hibernatepack.monitoring.internal.Recording;

/**
 * Assertions on the statements a block of code runs on the current thread, through any session of
 * any monitored {@code SessionFactory}; for tests, and usable with any test framework.
 *
 * <pre>{@code
 * List<Post> posts = QueryCounts.assertSelects(1, () -> repository.findAllWithComments());
 * QueryCounts.assertNoNPlusOne(() -> render(posts));
 * }</pre>
 */
public final class QueryCounts {

    private QueryCounts() {
    }

    /**
     * What a block ran.
     *
     * @param selects select statements
     * @param inserts insert statements (a JDBC batch counts once)
     * @param updates update statements (a JDBC batch counts once)
     * @param deletes delete statements (a JDBC batch counts once)
     * @param other anything else
     * @param statements the shape of each statement, in order
     * @param nPlusOne the N+1 patterns found in the block: counted per unit of work (a transaction, or a session's
     *        work outside one) as the N+1 log counts them, each with the count its unit of work reached by the end
     *        of the unit or of the block
     */
    public record Counts(int selects, int inserts, int updates, int deletes, int other, List<String> statements,
            List<NPlusOneFinding> nPlusOne) {
    }

    /** Runs {@code work} and returns what it ran. */
    public static Counts record(Runnable work) {
        Objects.requireNonNull(work, "work must not be null");
        Recording recording = Recording.start();
        try {
            work.run();
        } finally {
            recording.stop();
        }
        return new Counts(recording.count(QueryKind.SELECT), recording.count(QueryKind.INSERT), recording.count(QueryKind.UPDATE),
                recording.count(QueryKind.DELETE), recording.count(QueryKind.OTHER), recording.shapes(), recording.findings());
    }

    /** Runs {@code work}, fails unless it ran exactly {@code expected} selects, and returns its result. */
    public static <T> T assertSelects(int expected, Supplier<T> work) {
        Objects.requireNonNull(work, "work must not be null");
        Object[] result = new Object[1];
        Counts counts = record(() -> result[0] = work.get());
        if (counts.selects() != expected) {
            throw failure("Expected " + expected + " select(s) but the block ran " + counts.selects(), counts);
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    /** Runs {@code work} and fails unless it ran exactly {@code expected} selects. */
    public static void assertSelects(int expected, Runnable work) {
        Objects.requireNonNull(work, "work must not be null");
        assertSelects(expected, () -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} and fails unless it ran exactly these numbers of statements of each kind. */
    public static void assertCounts(int selects, int inserts, int updates, int deletes, Runnable work) {
        Counts counts = record(work);
        if (counts.selects() != selects || counts.inserts() != inserts || counts.updates() != updates || counts.deletes() != deletes) {
            throw failure("Expected " + selects + " select(s), " + inserts + " insert(s), " + updates + " update(s), " + deletes
                    + " delete(s) but the block ran " + counts.selects() + ", " + counts.inserts() + ", " + counts.updates() + ", "
                    + counts.deletes(), counts);
        }
    }

    /** Runs {@code work}, fails if it loaded an association one row at a time, and returns its result. */
    public static <T> T assertNoNPlusOne(Supplier<T> work) {
        Objects.requireNonNull(work, "work must not be null");
        Object[] result = new Object[1];
        Counts counts = record(() -> result[0] = work.get());
        if (!counts.nPlusOne().isEmpty()) {
            throw failure(counts.nPlusOne().get(0).toString(), counts);
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    /** Runs {@code work} and fails if it loaded an association one row at a time. */
    public static void assertNoNPlusOne(Runnable work) {
        Objects.requireNonNull(work, "work must not be null");
        assertNoNPlusOne(() -> {
            work.run();
            return null;
        });
    }

    private static AssertionError failure(String message, Counts counts) {
        StringBuilder text = new StringBuilder(message).append(':');
        if (counts.statements().isEmpty()) {
            text.append(" no statement was seen (is hibernate-monitoring on the classpath and enabled?)");
        }
        for (String statement : counts.statements()) {
            text.append(System.lineSeparator()).append("  ").append(statement);
        }
        return new AssertionError(text.toString());
    }
}
