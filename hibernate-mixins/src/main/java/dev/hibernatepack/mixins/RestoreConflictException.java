// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import java.util.List;

import jakarta.persistence.PersistenceException;

/**
 * {@link SoftDeletes#restore} found that a live row now holds a {@link UniqueWhileActive} key of a
 * row it was asked to revive; nothing was changed.
 */
public class RestoreConflictException extends PersistenceException {

    private static final long serialVersionUID = 1L;

    private final List<String> conflicts;

    /** Creates the exception for the given conflicts, each naming entity, id and key. */
    public RestoreConflictException(List<String> conflicts) {
        super("Cannot restore: a live row holds the same unique key; nothing was changed: " + String.join("; ", conflicts));
        this.conflicts = List.copyOf(conflicts);
    }

    /** One line per conflict, e.g. {@code Post#12 (slug=hello) conflicts with live Post#40}. */
    public List<String> getConflicts() {
        return conflicts;
    }
}
