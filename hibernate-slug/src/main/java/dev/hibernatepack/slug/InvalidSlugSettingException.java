// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug;

/** A {@link SlugSettings} value that is not supported; thrown while the SessionFactory is built. */
public class InvalidSlugSettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The value of {@code setting} is not supported; {@code allowed} says what is. */
    public InvalidSlugSettingException(String setting, Object value, String allowed) {
        super("The value [" + value + "] of the [" + setting + "] setting is not supported; allowed: " + allowed);
    }
}
