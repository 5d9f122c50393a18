// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

import org.hibernate.HibernateException;

/** A monitoring setting has a value the module does not support; thrown while Hibernate boots. */
public class InvalidSettingException extends HibernateException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception: {@code The value [x] of the [setting] setting is not supported; allowed: ...}. */
    public InvalidSettingException(String setting, Object value, String allowed) {
        super("The value [" + value + "] of the [" + setting + "] setting is not supported; allowed: " + allowed);
    }
}
