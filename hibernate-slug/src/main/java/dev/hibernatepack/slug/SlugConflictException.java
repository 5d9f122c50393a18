// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug;

import jakarta.persistence.PersistenceException;

/**
 * No free slug was found in {@link SlugSettings#MAX_ATTEMPTS} attempts, because concurrent
 * transactions kept taking the suffix this one tried. Nothing was written; retrying the transaction
 * usually succeeds.
 */
public class SlugConflictException extends PersistenceException {

    private static final long serialVersionUID = 1L;

    private final String entityName;
    private final String slug;

    /** A conflict on {@code slug}, the last slug tried for an {@code entityName}. */
    public SlugConflictException(String entityName, String slug, int attempts, Throwable cause) {
        super("No free slug for " + entityName + " after " + attempts + " attempts: concurrent transactions took every"
                + " suffix tried, the last being [" + slug + "]; retry the transaction, or raise "
                + SlugSettings.MAX_ATTEMPTS, cause);
        this.entityName = entityName;
        this.slug = slug;
    }

    /** The entity whose row could not be written. */
    public String entityName() {
        return entityName;
    }

    /** The last slug tried. */
    public String slug() {
        return slug;
    }
}
