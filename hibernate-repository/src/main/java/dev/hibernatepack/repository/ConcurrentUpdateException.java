// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import java.util.Optional;

/**
 * Another transaction changed or deleted the row since this one read it: the {@code @Version}
 * no longer matches (optimistic locking). Reload and apply the change again, or tell the user. The
 * JPA and Hibernate forms of this failure ({@code jakarta.persistence.OptimisticLockException},
 * {@code org.hibernate.StaleStateException}) both arrive as this type, with the original as cause.
 */
public final class ConcurrentUpdateException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    private final String entityName;
    private final transient Object id;

    public ConcurrentUpdateException(String message, String entityName, Object id, Throwable cause) {
        super(message, cause);
        this.entityName = entityName;
        this.id = id;
    }

    /** The entity whose row changed, when Hibernate reported it. */
    public Optional<String> entityName() {
        return Optional.ofNullable(entityName);
    }

    /** The id of the row that changed, when Hibernate reported it. */
    public Optional<Object> id() {
        return Optional.ofNullable(id);
    }
}
