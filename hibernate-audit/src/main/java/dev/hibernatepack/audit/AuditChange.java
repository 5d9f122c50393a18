// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

/**
 * One attribute's change in an {@link AuditEntry}: its old and new values as the trail stored them
 * (text, number, boolean or {@code null}; an entity reference by its id; a hashed sensitive value
 * as {@code hmac-sha256:...}), or only the fact that it changed when the value was masked.
 *
 * @param oldValue the value before, {@code null} for an insert or when masked
 * @param newValue the value after, {@code null} for a delete or when masked
 * @param masked whether the values were withheld because the attribute is {@code @Sensitive}
 */
public record AuditChange(Object oldValue, Object newValue, boolean masked) {
}
