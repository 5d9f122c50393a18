// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug;

/** A {@link Slug} attribute that cannot work as mapped; thrown while the SessionFactory is built. */
public class InvalidSlugMappingException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The mapping problem, naming the entity and attribute at fault and what is allowed. */
    public InvalidSlugMappingException(String message) {
        super(message);
    }
}
