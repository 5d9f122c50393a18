// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import java.util.List;

/**
 * An attribute name given to sort, filter, fetch, group or update by does not name an attribute
 * that may be used so: unknown (perhaps hostile input, such as {@code "title desc, (select 1)"}),
 * {@code @Sensitive}, or of the wrong kind. The message names the attribute and lists what is
 * allowed; nothing reached the database.
 */
public final class InvalidAttributeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String attribute;
    private final List<String> allowed;

    public InvalidAttributeException(String message, String attribute, List<String> allowed) {
        super(message);
        this.attribute = attribute;
        this.allowed = List.copyOf(allowed);
    }

    /** The name that was refused, as given. */
    public String attribute() {
        return attribute;
    }

    /** The names that would have been accepted here. */
    public List<String> allowed() {
        return allowed;
    }
}
