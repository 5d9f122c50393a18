// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.spring;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The editor at work on the calling thread: the application's own notion of its user, as a web
 * app's security context would be. {@link EditorResolver} hands it to the audit module.
 */
@Component
public class CurrentEditor {

    private final ThreadLocal<String> name = new ThreadLocal<>();

    /** Runs {@code work} as {@code editor}, then puts back whoever was at work before. */
    public <T> T as(String editor, Supplier<T> work) {
        Objects.requireNonNull(editor, "editor must not be null");
        String outer = name.get();
        name.set(editor);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                name.remove();
            } else {
                name.set(outer);
            }
        }
    }

    /** Runs {@code work} as {@code editor}. */
    public void as(String editor, Runnable work) {
        as(editor, () -> {
            work.run();
            return null;
        });
    }

    /** The editor at work, or empty. */
    public Optional<String> name() {
        return Optional.ofNullable(name.get());
    }
}
