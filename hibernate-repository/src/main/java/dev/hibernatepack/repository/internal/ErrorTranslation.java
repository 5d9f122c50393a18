// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.JDBCException;
import org.hibernate.PropertyValueException;
import org.hibernate.StaleObjectStateException;
import org.hibernate.StaleStateException;
import org.hibernate.TransientPropertyValueException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.DataException;
import org.hibernate.exception.JDBCConnectionException;

import dev.hibernatepack.mixins.spi.ConstraintNames;
import dev.hibernatepack.repository.CheckViolationException;
import dev.hibernatepack.repository.ConcurrentUpdateException;
import dev.hibernatepack.repository.ConstraintViolatedException;
import dev.hibernatepack.repository.DatabaseException;
import dev.hibernatepack.repository.DatabaseUnavailableException;
import dev.hibernatepack.repository.DuplicateKeyException;
import dev.hibernatepack.repository.ForeignKeyViolationException;
import dev.hibernatepack.repository.InvalidDataException;
import dev.hibernatepack.repository.NotNullViolationException;
import dev.hibernatepack.repository.ValueTooLongException;

/**
 * Turns what Hibernate reports into the pack's typed exceptions. Hibernate has already classified
 * the database's error (its dialects read vendor codes and SQL states into
 * {@link ConstraintViolationException#getKind()}, {@link DataException}, {@link JDBCConnectionException});
 * this only gives each class a type of its own. Messages name the constraint, never a value: the
 * database's own text, kept in the cause, may quote the rejected value.
 */
public final class ErrorTranslation {

    private static final String VALUE_TOO_LONG = "22001";

    private ErrorTranslation() {
    }

    /** The typed exception for {@code failure}, or {@code failure} itself when none fits. */
    public static Throwable translate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabaseException) {
                return failure;
            }
            if (t instanceof StaleStateException || t instanceof OptimisticLockException) {
                // JPA's OptimisticLockException wraps Hibernate's StaleObjectStateException, which names the row.
                StaleObjectStateException named = staleObject(t);
                return named == null ? concurrentUpdate(null, null, failure)
                        : concurrentUpdate(named.getEntityName(), named.getIdentifier(), failure);
            }
            if (t instanceof ConstraintViolationException violation) {
                return constraint(violation);
            }
            if (t instanceof PropertyValueException missing && !(t instanceof TransientPropertyValueException)) {
                return new NotNullViolationException("Missing value: " + missing.getEntityName() + "." + missing.getPropertyName()
                        + " is required (checked by Hibernate before writing)", null, failure);
            }
            if (t instanceof DataException data) {
                return VALUE_TOO_LONG.equals(data.getSQLState())
                        ? new ValueTooLongException("Value too long for its column (SQL state 22001)", failure)
                        : new InvalidDataException("Invalid data (SQL state " + data.getSQLState() + ")", failure);
            }
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException || lostConnection(t)) {
                return new DatabaseUnavailableException("Database unavailable: " + firstLine(t.getMessage()), failure);
            }
        }
        return failure;
    }

    // PostgreSQL's detail: Key (email)=(...) already exists.   H2: "PUBLIC.UX_INDEX_2 ON PUBLIC.ACCOUNT(EMAIL NULLS FIRST) VALUES ...
    private static final Pattern POSTGRESQL_KEY = Pattern.compile("Key \\(([^()]+)\\)=\\(");
    private static final Pattern H2_KEY = Pattern.compile(" ON [^\\s(]+\\(([^()]+)\\)");

    /** The key's columns as the database's message names them (their values are never read), or none. */
    static List<String> keyColumns(SQLException failure) {
        String message = failure == null ? null : failure.getMessage();
        if (message == null) {
            return List.of();
        }
        Matcher matcher = POSTGRESQL_KEY.matcher(message);
        if (!matcher.find()) {
            matcher = H2_KEY.matcher(message);
            if (!matcher.find()) {
                return List.of();
            }
        }
        List<String> columns = new ArrayList<>();
        for (String part : matcher.group(1).split(",")) {
            String column = part.trim().replaceFirst("(?i)\\s+(NULLS (FIRST|LAST)|ASC|DESC).*$", "").replace("\"", "");
            if (!column.isEmpty()) {
                columns.add(column.equals(column.toUpperCase(Locale.ROOT)) ? column.toLowerCase(Locale.ROOT) : column);
            }
        }
        return List.copyOf(columns);
    }

    /** The constraint's own name, as {@link ConstraintNames#of} reads what the database reported. */
    static String constraintName(String reported) {
        return ConstraintNames.of(reported);
    }

    private static StaleObjectStateException staleObject(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StaleObjectStateException stale && stale.getEntityName() != null) {
                return stale;
            }
        }
        return null;
    }

    /** As the rest of the pack names entities: Hibernate's entity name of a class is its qualified name. */
    private static ConcurrentUpdateException concurrentUpdate(String entityName, Object id, Throwable failure) {
        String name = entityName == null ? null : entityName.substring(entityName.lastIndexOf('.') + 1);
        String row = name == null ? "The row" : "The row of " + name + " with id " + id;
        return new ConcurrentUpdateException(row + " was changed or deleted by another transaction since it was read",
                name, id, failure);
    }

    private static ConstraintViolatedException constraint(ConstraintViolationException violation) {
        String name = constraintName(violation.getConstraintName());
        String which = name == null ? "" : " " + name;
        return switch (violation.getKind()) {
            case UNIQUE -> {
                List<String> columns = keyColumns(violation.getSQLException());
                yield new DuplicateKeyException("Duplicate key: the change broke unique constraint" + which
                        + (columns.isEmpty() ? "" : " on " + String.join(", ", columns)), name, columns, violation);
            }
            case FOREIGN_KEY -> new ForeignKeyViolationException("Foreign key violated:" + (name == null ? " a" : which)
                    + " reference to a row that does not exist, or a deleted row still referred to", name, violation);
            case NOT_NULL -> new NotNullViolationException("Missing value: a NOT NULL column got null"
                    + (name == null ? "" : " (" + name + ")"), name, violation);
            case CHECK -> new CheckViolationException("Check constraint violated:" + (name == null ? " (unnamed)" : which), name, violation);
            default -> new ConstraintViolatedException("Constraint violated:" + (name == null ? " (unnamed)" : which), name, violation);
        };
    }

    /**
     * A connection the server closed: SQL state class 08 (connection exception) or 57P01-57P03
     * (administrator shutdown or a terminated backend, crash shutdown, cannot connect now), which
     * Hibernate's dialects do not all map to {@link JDBCConnectionException}.
     */
    private static boolean lostConnection(Throwable t) {
        String state = t instanceof SQLException sql ? sql.getSQLState()
                : t instanceof JDBCException jdbc ? jdbc.getSQLState() : null;
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no connection";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
