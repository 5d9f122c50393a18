// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One row of the audit trail, as {@link AuditTrails#history} and {@link AuditTrails#changesBy}
 * return it.
 *
 * @param entityName the entity's name (its class name unless mapped otherwise)
 * @param entityId the entity's id, as text
 * @param action what happened
 * @param changedBy the acting user's id, as text; {@code null} when there was none
 * @param changedAt when, from the pack's clock
 * @param transactionId the same for every row written by one transaction
 * @param changes the changed attributes, in mapping order
 */
public record AuditEntry(String entityName, String entityId, AuditAction action, String changedBy, Instant changedAt,
        String transactionId, Map<String, AuditChange> changes) {

    public AuditEntry {
        changes = Map.copyOf(changes);
    }
}
