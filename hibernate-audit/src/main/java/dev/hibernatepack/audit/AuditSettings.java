// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

/**
 * The audit module's settings, read once at boot from {@code persistence.xml}, the map given to
 * the bootstrap, or {@code spring.jpa.properties.*}. A bad value fails the boot naming the
 * setting, the value and what is allowed.
 */
public interface AuditSettings {

    /** Whether the module does anything ({@code true} | {@code false}). Default {@code true}. */
    String ENABLED = "hibernatepack.audit.enabled";

    /**
     * Where the current user comes from: a {@link dev.hibernatepack.audit.spi.CurrentUserResolver}
     * instance, class, or fully qualified class name. A class is the bean container's own bean when
     * Hibernate has a container (Spring's singleton, a CDI bean), else made once with its public
     * no-argument constructor. Default: {@link AuditContext}, the scope set by {@code AuditContext.runAs}.
     */
    String CURRENT_USER = "hibernatepack.audit.current_user";

    /**
     * What a write of an {@link Auditable} entity does when there is no current user:
     * {@code fail} (the default; {@link MissingCurrentUserException} names the entity, and the
     * flush is abandoned) or {@code allow} (the who-columns stay as they are, {@code null} for a new row).
     */
    String MISSING_USER = "hibernatepack.audit.missing_user";

    /**
     * How {@code @Sensitive} attributes appear in the audit trail: {@code mask} (the default:
     * recorded as changed, without values), {@code hash} (keyed HMAC-SHA256 of each value, so
     * equal values can be recognised without being revealed; needs {@link #HASH_KEY}) or
     * {@code omit} (not recorded at all).
     */
    String SENSITIVE_VALUES = "hibernatepack.audit.sensitive_values";

    /** The secret key of {@code hash} mode, at least 16 characters; keep it out of source control. */
    String HASH_KEY = "hibernatepack.audit.hash_key";
}
