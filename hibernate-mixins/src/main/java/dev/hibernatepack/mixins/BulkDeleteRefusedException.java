// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

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
}
