// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import java.util.List;

import jakarta.persistence.PersistenceException;

import dev.hibernatepack.mixins.internal.MessageText;

/**
 * {@link SoftDeletes#restore} found that a live row now holds a {@link UniqueWhileActive} key of a
 * row it was asked to revive; nothing was changed. The message names the first
 * {@value #CONFLICTS_IN_MESSAGE} conflicts and how many more; {@link #getConflicts()} lists all.
 */
public class RestoreConflictException extends PersistenceException {

    /** How many conflicts the message names; {@link #getConflicts()} holds them all. */
    public static final int CONFLICTS_IN_MESSAGE = 10;

    private static final long serialVersionUID = 1L;
    private static final int CONFLICT_LENGTH_IN_MESSAGE = 200;

    private final List<String> conflicts;

    /** Creates the exception for the given conflicts, each naming entity, id and key. */
    public RestoreConflictException(List<String> conflicts) {
        super(message(conflicts));
        this.conflicts = List.copyOf(conflicts);
    }

    /** One line per conflict, e.g. {@code Post#12 (slug=hello) conflicts with live Post#40}. */
    public List<String> getConflicts() {
        return conflicts;
    }

    private static String message(List<String> conflicts) {
        // Restoring with children can meet thousands of conflicts: the message names the first few.
        List<String> shown = conflicts.stream().limit(CONFLICTS_IN_MESSAGE)
                .map(conflict -> MessageText.abbreviate(conflict, CONFLICT_LENGTH_IN_MESSAGE)).toList();
        String more = conflicts.size() > shown.size()
                ? "; " + MessageText.andMore(conflicts.size() - shown.size()) + " (see getConflicts())"
                : "";
        return "Cannot restore: a live row holds the same unique key; nothing was changed: " + String.join("; ", shown) + more;
    }
}
