// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.migrations.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.metamodel.ManagedType;

import org.hibernate.DuplicateMappingException;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.metamodel.mapping.ManagedMappingType;
import org.hibernate.metamodel.mapping.ModelPart;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.type.descriptor.converter.spi.JpaAttributeConverter;

/** The metadata of a model given as classes, and the settings of a running factory that can build it again. */
public final class ModelClasses {

    /** Credentials a factory reports masked; its connections are borrowed instead. */
    private static final Set<String> MASKED = Set.of("jakarta.persistence.jdbc.user", "jakarta.persistence.jdbc.password",
            "javax.persistence.jdbc.user", "javax.persistence.jdbc.password", "hibernate.connection.username",
            "hibernate.connection.password");

    /** Settings that say where connections come from: given to the generator, they replace the factory's connections. */
    private static final Set<String> CONNECTION = Set.of("jakarta.persistence.jdbc.url", "javax.persistence.jdbc.url",
            "hibernate.connection.url", "jakarta.persistence.nonJtaDataSource", "javax.persistence.nonJtaDataSource",
            "jakarta.persistence.jtaDataSource", "javax.persistence.jtaDataSource", "hibernate.connection.datasource",
            "hibernate.connection.provider_class", "jakarta.persistence.jdbc.driver", "javax.persistence.jdbc.driver",
            "hibernate.connection.driver_class");

    private ModelClasses() {
    }

    /**
     * The classes a running factory was built from, as far as it tells: its entity, embeddable and
     * mapped-superclass classes, and the attribute converters its attributes use (an auto-applied
     * one is found nowhere else).
     */
    public static List<Class<?>> of(SessionFactoryImplementor factory) {
        Set<Class<?>> classes = new LinkedHashSet<>();
        for (ManagedType<?> type : factory.getJpaMetamodel().getManagedTypes()) {
            Class<?> javaType = type.getJavaType();
            if (javaType != null && !Map.class.isAssignableFrom(javaType)) {
                classes.add(javaType);
            }
        }
        if (!classes.isEmpty()) {
            factory.getMappingMetamodel().forEachEntityDescriptor(entity -> converters(entity, classes));
        }
        return List.copyOf(classes);
    }

    private static void converters(ManagedMappingType type, Set<Class<?>> into) {
        type.forEachAttributeMapping(attribute -> converters((ModelPart) attribute, into));
    }

    private static void converters(ModelPart part, Set<Class<?>> into) {
        if (part instanceof BasicValuedModelPart basic) {
            if (basic.getJdbcMapping().getValueConverter() instanceof JpaAttributeConverter<?, ?> converter) {
                into.add(converter.getConverterJavaType().getJavaTypeClass());
            }
        } else if (part instanceof EmbeddableValuedModelPart embedded) {
            converters(embedded.getEmbeddableTypeDescriptor(), into);
        } else if (part instanceof PluralAttributeMapping plural) {
            converters(plural.getElementDescriptor(), into);
            if (plural.getIndexDescriptor() != null) {
                converters(plural.getIndexDescriptor(), into);
            }
        }
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

    /** Whether the setting says where connections come from. */
    public static boolean isConnection(String setting) {
        return CONNECTION.contains(setting);
    }

    /** The settings without those that say where connections come from. */
    public static Map<String, Object> withoutConnection(Map<String, Object> settings) {
        Map<String, Object> kept = new HashMap<>(settings);
        kept.keySet().removeIf(ModelClasses::isConnection);
        return kept;
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
