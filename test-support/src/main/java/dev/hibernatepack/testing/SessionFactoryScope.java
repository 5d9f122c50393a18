// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.testing;

import java.util.function.Consumer;
import java.util.function.Function;

import org.hibernate.SharedSessionContract;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * A test's handle on its {@code SessionFactory}: units of work that always end (commit on
 * success, rollback on any failure, session closed) and the SQL they issued.
 */
public final class SessionFactoryScope implements AutoCloseable {

    private final SessionFactoryImplementor sessionFactory;
    private final CollectingStatementInspector sql;
    private final TestDatabase database;

    SessionFactoryScope(SessionFactoryImplementor sessionFactory, CollectingStatementInspector sql, TestDatabase database) {
        this.sessionFactory = sessionFactory;
        this.sql = sql;
        this.database = database;
    }

    /** The factory under test. */
    public SessionFactoryImplementor sessionFactory() {
        return sessionFactory;
    }

    /** The database the factory talks to. */
    public TestDatabase database() {
        return database;
    }

    /** Every SQL statement prepared since the test started (or since {@code sql().clear()}). */
    public CollectingStatementInspector sql() {
        return sql;
    }

    /** Runs {@code work} in a session without a transaction. */
    public void inSession(Consumer<SessionImplementor> work) {
        fromSession(session -> {
            work.accept(session);
            return null;
        });
    }

    /** Runs {@code work} in a session without a transaction and returns its result. */
    public <R> R fromSession(Function<SessionImplementor, R> work) {
        try (SessionImplementor session = sessionFactory.openSession()) {
            return work.apply(session);
        }
    }

    /** Runs {@code work} in a transaction: committed if it returns, rolled back if it throws. */
    public void inTransaction(Consumer<SessionImplementor> work) {
        fromTransaction(session -> {
            work.accept(session);
            return null;
        });
    }

    /** Runs {@code work} in a transaction and returns its result. */
    public <R> R fromTransaction(Function<SessionImplementor, R> work) {
        return inTransaction(sessionFactory.openSession(), work);
    }

    /** Runs {@code work} in a stateless session's transaction. */
    public void inStatelessTransaction(Consumer<StatelessSession> work) {
        fromStatelessTransaction(session -> {
            work.accept(session);
            return null;
        });
    }

    /** Runs {@code work} in a stateless session's transaction and returns its result. */
    public <R> R fromStatelessTransaction(Function<StatelessSession, R> work) {
        return inTransaction(sessionFactory.openStatelessSession(), work);
    }

    /** Deletes every row of every mapped table. */
    public void truncateMappedTables() {
        sessionFactory.getSchemaManager().truncateMappedObjects();
    }

    @Override
    public void close() {
        sessionFactory.close();
    }

    private static <S extends SharedSessionContract, R> R inTransaction(S session, Function<S, R> work) {
        try (session) {
            Transaction transaction = session.beginTransaction();
            try {
                R result = work.apply(session);
                transaction.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(transaction, e);
                throw e;
            }
        }
    }

    private static void rollbackQuietly(Transaction transaction, Throwable failure) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }
}
