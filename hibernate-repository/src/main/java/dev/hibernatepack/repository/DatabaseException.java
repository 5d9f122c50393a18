// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import java.util.Optional;

/**
 * A database operation failed and its transaction was rolled back. The subclasses say why, so
 * callers can catch what they can handle (a duplicate key, say) without parsing messages or SQL
 * states; the original exception is the cause. The pack logs each one once, after the rollback,
 * with the {@linkplain #operation() operation} that failed.
 */
public class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private String operation;
    private transient boolean logged;

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * What was being done when it failed, as a repository describes it: the entity, the verb and
     * non-sensitive parameters ({@code "Account.insert"}, {@code "Account.getById(id=42)"}); empty
     * when the failure came from code of the application's own inside a transaction, or at commit.
     */
    public Optional<String> operation() {
        return Optional.ofNullable(operation);
    }

    /** Records the operation, unless one closer to the failure already did. */
    void describe(String operation) {
        if (this.operation == null) {
            this.operation = operation;
        }
    }

    /** Whether it has been logged; marks it logged. */
    boolean markLogged() {
        boolean was = logged;
        logged = true;
        return was;
    }

    @Override
    public String getMessage() {
        return operation == null ? super.getMessage() : super.getMessage() + " [in " + operation + "]";
    }
}
