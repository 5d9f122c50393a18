// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

/**
 * An {@link Auditable} entity does not map what the module needs (a {@link CreatedBy} and an
 * {@link UpdatedBy} attribute of a supported shape); the boot fails, naming the entity and the fix.
 */
public class InvalidAuditMappingException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public InvalidAuditMappingException(String message) {
        super(message);
    }
}
