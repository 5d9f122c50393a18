// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import org.hibernate.HibernateException;

/**
 * A setting of the pack has a value it does not support; thrown while the
 * {@code SessionFactory} boots, never later.
 */
public class InvalidSettingException extends HibernateException {

    private static final long serialVersionUID = 1L;

    private final String setting;

    /** Creates the exception for {@code setting} whose {@code value} is not one of {@code allowed}. */
    public InvalidSettingException(String setting, Object value, String allowed) {
        this(setting, value, allowed, null);
    }

    /** As {@link #InvalidSettingException(String, Object, String)}, keeping the underlying cause. */
    public InvalidSettingException(String setting, Object value, String allowed, Throwable cause) {
        super("The value [" + value + "] of the [" + setting + "] setting is not supported; allowed: " + allowed, cause);
        this.setting = setting;
    }

    /** The name of the setting at fault. */
    public String getSetting() {
        return setting;
    }
}
