// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.spring;

import java.util.Optional;

import dev.hibernatepack.audit.spi.CurrentUserResolver;

/**
 * Who the audit module writes into the who-columns and the trail: the {@link CurrentEditor}.
 * Named in {@code application.properties} ({@code spring.jpa.properties.hibernatepack.audit.current_user});
 * Hibernate asks Spring's bean factory for it, which injects the constructor's argument.
 */
public class EditorResolver implements CurrentUserResolver {

    private final CurrentEditor currentEditor;

    public EditorResolver(CurrentEditor currentEditor) {
        this.currentEditor = currentEditor;
    }

    @Override
    public Optional<Object> currentUser() {
        return currentEditor.name().map(Object.class::cast);
    }
}
