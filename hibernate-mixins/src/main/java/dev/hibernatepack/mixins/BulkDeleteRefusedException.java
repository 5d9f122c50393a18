// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import java.util.List;

/**
 * A bulk HQL or criteria {@code delete} targeted a
 * {@link SoftDeletable} entity. It is refused rather than silently removing rows for good (or
 * silently turned into an update that skips cascades and the entity state in the session).
 */
public class BulkDeleteRefusedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception naming the entity, its soft-delete attributes and the alternatives. */
    public BulkDeleteRefusedException(String entityName, String flagAttribute, String deletedAtAttribute) {
        super("Bulk delete of soft-deletable entity " + entityName + " refused: it would remove rows for good. "
                + "Soft-delete in bulk with \"update " + entityName + " set " + flagAttribute + " = true, "
                + deletedAtAttribute + " = :now where ...\"; remove rows for good with SoftDeletes.hardDelete(...) "
                + "or SoftDeletes.purge(...)");
    }

    /**
     * Creates the exception for a bulk delete in a stateless session (a Jakarta Data
     * {@code deleteById}, say) of an entity owning collection tables: Hibernate would delete their
     * rows before the statement, which a soft delete must keep.
     */
    public BulkDeleteRefusedException(String entityName, List<String> collectionTables) {
        super("Bulk delete of soft-deletable entity " + entityName + " refused: Hibernate would first delete the rows of "
                + String.join(", ", collectionTables) + ", which a soft-deleted row keeps. Delete the entities one by one"
                + " (StatelessSession.delete(entity), a Jakarta Data repository's delete(entity)): each becomes a soft delete");
    }
}
