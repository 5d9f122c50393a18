// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

/** What happened to a row, as the audit trail records it. */
public enum AuditAction {
    /** The row was inserted. */
    INSERT,
    /** Attributes of the row changed. */
    UPDATE,
    /** The row was soft-deleted (it stays, marked deleted). */
    SOFT_DELETE,
    /** A soft-deleted row was revived. */
    RESTORE,
    /** The row was deleted for good. */
    DELETE
}
