// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.spi;

import java.util.Optional;

/**
 * Tells the audit module who is acting now: the user entity, or its id. Called once per written
 * {@code Auditable} row, on the thread that flushes; keep it cheap (read a request-scoped value,
 * a security context). Name an implementation in {@code hibernatepack.audit.current_user}; in a
 * Spring or CDI application, make it a bean: the module uses the container's own bean.
 */
@FunctionalInterface
public interface CurrentUserResolver {

    /** The current user (an instance of the user entity, or its id), or empty when there is none. */
    Optional<Object> currentUser();
}
