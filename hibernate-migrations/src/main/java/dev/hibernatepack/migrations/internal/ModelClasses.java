// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.migrations.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.DuplicateMappingException;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.spi.MetadataImplementor;

/** The metadata of a model given as classes, and the settings of a running factory that can build it again. */
public final class ModelClasses {

    /** Credentials a factory reports masked; its connections are borrowed instead. */
    private static final Set<String> MASKED = Set.of("jakarta.persistence.jdbc.user", "jakarta.persistence.jdbc.password",
            "javax.persistence.jdbc.user", "javax.persistence.jdbc.password", "hibernate.connection.username",
            "hibernate.connection.password");

    private ModelClasses() {
    }

    /** A running factory's settings without the masked credentials and without values that are null. */
    public static Map<String, Object> reusableSettings(Map<String, Object> properties) {
        Map<String, Object> reusable = new HashMap<>();
        properties.forEach((name, value) -> {
            if (value != null && !MASKED.contains(name)) {
                reusable.put(name, value);
            }
        });
        return Map.copyOf(reusable);
    }

    /**
     * The metadata of these classes. When they were read off a running factory, an entity a
     * mapping contributor adds (an audit trail, a slug history) is among them and would be bound
     * twice: it is left to its contributor, as at startup.
     */
    public static MetadataImplementor buildMetadata(StandardServiceRegistry registry, List<Class<?>> classes, boolean fromFactory) {
        List<Class<?>> remaining = new ArrayList<>(classes);
        while (true) {
            MetadataSources sources = new MetadataSources(registry);
            remaining.forEach(sources::addAnnotatedClass);
            try {
                return (MetadataImplementor) sources.buildMetadata();
            } catch (DuplicateMappingException e) {
                if (!fromFactory || !DuplicateMappingException.Type.ENTITY.name().equals(e.getType())
                        || !remaining.removeIf(type -> type.getName().equals(e.getName()))) {
                    throw e;
                }
            }
        }
    }
}
