// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.spi;

import java.util.Locale;

/**
 * The name of a violated constraint as it was declared, from what the database reported through
 * Hibernate's {@code ConstraintViolationException#getConstraintName()}: H2 reports
 * {@code PUBLIC.UX_NAME INDEX PUBLIC.UX_NAME_INDEX_2} or {@code PUBLIC.UX_NAME ON PUBLIC.T(C)} where
 * PostgreSQL reports {@code ux_name}, so modules that act on one constraint match the same text on both.
 */
public final class ConstraintNames {

    private ConstraintNames() {
    }

    /**
     * The schema, index and column parts cut, quotes removed, and a name the database folded to
     * upper case given back in lower case, as it was most likely declared; null for null or blank.
     */
    public static String of(String reported) {
        if (reported == null || reported.isBlank()) {
            return null;
        }
        String name = reported.trim();
        int index = name.indexOf(" INDEX ");
        if (index > 0) {
            name = name.substring(0, index);
        }
        int on = name.indexOf(" ON ");
        if (on > 0) {
            name = name.substring(0, on);
        }
        int dot = name.lastIndexOf('.');
        if (dot >= 0 && dot < name.length() - 1) {
            name = name.substring(dot + 1);
        }
        if (name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1);
        }
        return name.equals(name.toUpperCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : name;
    }
}
