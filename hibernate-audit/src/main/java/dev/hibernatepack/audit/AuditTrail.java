// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keeps an audit trail of the entity: one row in the {@code audit_log} table per insert, update,
 * soft delete, restore and delete, with the entity's name and id, the action, who, when, the
 * transaction and the changed attributes with their old and new values (JSON), written in the
 * same transaction as the change. {@code @Sensitive} attributes never appear in clear
 * ({@link AuditSettings#SENSITIVE_VALUES}).
 */
@Documented
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AuditTrail {
}
