// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.testing;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One configuration setting of a {@link HibernateTest}. */
@Target({})
@Retention(RetentionPolicy.RUNTIME)
public @interface Setting {

    /** The setting's name, e.g. {@code hibernate.jdbc.batch_size}. */
    String name();

    /** The setting's value, as it would appear in {@code persistence.xml}. */
    String value();
}
