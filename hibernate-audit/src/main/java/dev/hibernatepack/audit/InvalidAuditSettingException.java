// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

/** A setting of {@link AuditSettings} has a value the module cannot use; the boot fails. */
public class InvalidAuditSettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidAuditSettingException(String setting, Object value, String allowed) {
        super("The value [" + value + "] of the [" + setting + "] setting is not supported; allowed: " + allowed);
    }
}
