// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Records every SQL statement Hibernate prepares, so that tests can assert the SQL that is the
 * behaviour (how many inserts, whether an update happened at all).
 */
public final class CollectingStatementInspector implements StatementInspector {

    private final List<String> statements = new ArrayList<>();

    @Override
    public synchronized String inspect(String sql) {
        statements.add(sql);
        return sql;
    }

    /** Every statement since the last {@link #clear()}, in order. */
    public synchronized List<String> statements() {
        return List.copyOf(statements);
    }

    /** Forgets the statements recorded so far. */
    public synchronized void clear() {
        statements.clear();
    }

    /** The recorded {@code select} statements (sequence calls included). */
    public List<String> selects() {
        return startingWith("select");
    }

    /** The recorded {@code insert} statements. */
    public List<String> inserts() {
        return startingWith("insert");
    }

    /** The recorded {@code update} statements. */
    public List<String> updates() {
        return startingWith("update");
    }

    /** The recorded {@code delete} statements. */
    public List<String> deletes() {
        return startingWith("delete");
    }

    /** The recorded statements whose first keyword is {@code keyword} (case-insensitive). */
    public List<String> startingWith(String keyword) {
        String prefix = keyword.toLowerCase(Locale.ROOT);
        return statements().stream()
                .filter(sql -> sql.stripLeading().toLowerCase(Locale.ROOT).startsWith(prefix))
                .toList();
    }
}
