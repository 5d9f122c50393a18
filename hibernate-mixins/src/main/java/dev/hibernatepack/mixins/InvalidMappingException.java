// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import org.hibernate.MappingException;

/**
 * An entity opts into a mixin but its mapping does not satisfy the mixin's contract (an
 * attribute is missing or has an unsupported type); thrown while the {@code SessionFactory} boots.
 */
public class InvalidMappingException extends MappingException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that names the entity, the attribute and what is allowed. */
    public InvalidMappingException(String message) {
        super(message);
    }
}
