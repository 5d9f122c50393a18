// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

/**
 * An {@link Auditable} entity was written with no current user while
 * {@link AuditSettings#MISSING_USER} is {@code fail}: nothing was written for it.
 */
public class MissingCurrentUserException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String entityName;

    public MissingCurrentUserException(String entityName, String attribute) {
        super("No current user to record in " + entityName + "." + attribute + ": run the work inside AuditContext.runAs(user, ...)"
                + " (or configure " + AuditSettings.CURRENT_USER + "), or set " + AuditSettings.MISSING_USER + "=allow");
        this.entityName = entityName;
    }

    /** The entity that was being written. */
    public String entityName() {
        return entityName;
    }
}
