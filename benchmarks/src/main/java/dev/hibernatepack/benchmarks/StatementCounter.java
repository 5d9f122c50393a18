// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Counts the JDBC calls that reach the driver (batches, rows added to them, sequence calls,
 * other queries, commits) by wrapping connections; used only by {@link StatementCountCheck},
 * never in a timed path.
 */
final class StatementCounter {

    /** The counts since the last {@link #reset()}, and the distinct SQL prepared. */
    record Counts(long prepares, long batchedRows, long batches, long singleUpdates,
            long sequenceCalls, long otherQueries, long commits, List<String> statements) {
    }

    private final Set<String> statements = new LinkedHashSet<>();
    private long prepares;
    private long batchedRows;
    private long batches;
    private long singleUpdates;
    private long sequenceCalls;
    private long otherQueries;
    private long commits;

    void reset() {
        prepares = 0;
        batchedRows = 0;
        batches = 0;
        singleUpdates = 0;
        sequenceCalls = 0;
        otherQueries = 0;
        commits = 0;
        statements.clear();
    }

    Counts counts() {
        return new Counts(prepares, batchedRows, batches, singleUpdates, sequenceCalls, otherQueries, commits,
                List.copyOf(statements));
    }

    /** {@code connection}, with every statement it creates counted. */
    Connection wrap(Connection connection) {
        return (Connection) proxy(Connection.class, connection, (target, method, args) -> {
            Object result = call(target, method, args);
            switch (method.getName()) {
                case "commit" -> commits++;
                case "prepareStatement", "prepareCall" -> {
                    prepares++;
                    statements.add((String) args[0]);
                    result = wrapStatement(method.getReturnType(), (Statement) result, (String) args[0]);
                }
                case "createStatement" -> result = wrapStatement(Statement.class, (Statement) result, null);
                default -> {
                    // not a call that sends SQL
                }
            }
            return result;
        });
    }

    private Object wrapStatement(Class<?> type, Statement statement, String preparedSql) {
        return proxy(type, statement, (target, method, args) -> {
            String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
            switch (method.getName()) {
                case "addBatch" -> batchedRows++;
                case "executeBatch", "executeLargeBatch" -> batches++;
                case "executeUpdate", "executeLargeUpdate" -> singleUpdates++;
                case "executeQuery", "execute" -> {
                    if (isSequenceCall(sql)) {
                        sequenceCalls++;
                    } else {
                        otherQueries++;
                    }
                }
                default -> {
                    // setters, getters and close
                }
            }
            return call(target, method, args);
        });
    }

    private static boolean isSequenceCall(String sql) {
        String lower = sql == null ? "" : sql.toLowerCase(Locale.ROOT);
        return lower.contains("next value for") || lower.contains("nextval(");
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    private static Object proxy(Class<?> type, Object target, Handler handler) {
        InvocationHandler invocationHandler = (proxy, method, args) -> handler.handle(target, method, args);
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, invocationHandler);
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
