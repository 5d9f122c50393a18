// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import java.util.Objects;

/**
 * No row of the entity has the given id, or the row is soft-deleted: thrown by the repository
 * methods that require the row ({@code getById}, {@code update}). Named so as not to be mistaken
 * for JPA's {@code jakarta.persistence.EntityNotFoundException}, which Hibernate throws for a
 * different reason (a lazy reference whose row is gone), so that one {@code catch} never meets
 * both by accident of an import.
 */
public final class RecordNotFoundException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    private final String entityName;
    private final transient Object id;

    public RecordNotFoundException(String entityName, Object id) {
        super("No " + Objects.requireNonNull(entityName, "entityName must not be null") + " with id " + id, null);
        this.entityName = entityName;
        this.id = id;
    }

    /** The entity's name, as in HQL. */
    public String entityName() {
        return entityName;
    }

    /** The id that was looked for. */
    public Object id() {
        return id;
    }
}
