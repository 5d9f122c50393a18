// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.spring;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import dev.hibernatepack.audit.AuditContext;
import dev.hibernatepack.audit.spi.CurrentUserResolver;

/**
 * Who the audit module writes into the who-columns and the trail: a scope opened in code
 * ({@code AuditContext.runAs}, for a job or a test) first, else the {@link CurrentEditor}, as a web
 * app's resolver would read its security context. Named in {@code application.properties}
 * ({@code spring.jpa.properties.hibernatepack.audit.current_user}); the audit module asks Spring
 * for the context's own bean, this singleton.
 */
@Component
public class EditorResolver implements CurrentUserResolver {

    private final CurrentEditor currentEditor;

    public EditorResolver(CurrentEditor currentEditor) {
        this.currentEditor = currentEditor;
    }

    // The example's tests check that Hibernate uses the context's singleton: one instance per context.
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    {
        INSTANCES.incrementAndGet();
    }

    /** How many resolvers were made in this JVM. */
    static int instances() {
        return INSTANCES.get();
    }

    @Override
    public Optional<Object> currentUser() {
        return AuditContext.currentUser().or(() -> currentEditor.name().map(Object.class::cast));
    }
}
