// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.spi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;

import org.hibernate.Hibernate;
import org.hibernate.MappingException;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;

import dev.hibernatepack.mixins.InvalidMappingException;
import dev.hibernatepack.mixins.Sensitive;
import dev.hibernatepack.mixins.internal.AccessRules;
import dev.hibernatepack.mixins.internal.EnhancedAccess;

/**
 * The persistent attributes of one entity (or embeddable) class with the annotations found on
 * each attribute's field <em>and</em> getter, so that the pack's annotations ({@code @CreatedAt},
 * {@code @Sensitive}, {@code @CreatedBy}, {@code @Slug}, …) count wherever the user put them.
 * Which member backs an attribute follows JPA's access rules as Hibernate applies them:
 * {@code @Access} on the attribute, else on its class, else where {@code @Id}/{@code @EmbeddedId}
 * sits in the hierarchy. Built from the class alone (so {@code toMap()} works without a
 * {@code SessionFactory}), once per class; boot code checks it against Hibernate's mapping with
 * {@link #of(PersistentClass)}.
 *
 * <pre>{@code
 * EntityAnnotations model = EntityAnnotations.of(Post.class);
 * Optional<String> updatedAt = model.attributeAnnotated(UpdatedAt.class);
 * boolean secret = model.isSensitive("passwordHash");
 * }</pre>
 */
public final class EntityAnnotations {

    private static final ClassValue<EntityAnnotations> MODELS = new ClassValue<>() {
        @Override
        protected EntityAnnotations computeValue(Class<?> type) {
            return new EntityAnnotations(type);
        }
    };

    /**
     * One persistent attribute.
     */
    public static final class Attribute {

        private final String name;
        private final Class<?> declaringClass;
        private final Field field;
        private final Method getter;
        private final boolean propertyAccess;
        private final Map<Class<? extends Annotation>, Annotation> annotations;
        private volatile Method setter;

        private Attribute(String name, Class<?> declaringClass, Field field, Method getter, boolean propertyAccess,
                Map<Class<? extends Annotation>, Annotation> annotations) {
            this.name = name;
            this.declaringClass = declaringClass;
            this.field = field;
            this.getter = getter;
            this.propertyAccess = propertyAccess;
            this.annotations = annotations;
        }

        /** The attribute's name, as Hibernate names it. */
        public String name() {
            return name;
        }

        /** The class that declares the member Hibernate uses. */
        public Class<?> declaringClass() {
            return declaringClass;
        }

        /** The member Hibernate reads and writes: the field, or the getter for property access. */
        public Member member() {
            return propertyAccess ? getter : field;
        }

        /** {@link AccessType#PROPERTY} when Hibernate goes through the getter and setter, else {@link AccessType#FIELD}. */
        public AccessType access() {
            return propertyAccess ? AccessType.PROPERTY : AccessType.FIELD;
        }

        /** The Java type of the attribute. */
        public Class<?> javaType() {
            return propertyAccess ? getter.getReturnType() : field.getType();
        }

        /** Whether its field or its getter carries {@code annotation}. */
        public boolean has(Class<? extends Annotation> annotation) {
            return annotations.containsKey(annotation);
        }

        /** The {@code annotation} on its field or getter (the one on the member Hibernate uses first). */
        public <A extends Annotation> Optional<A> annotation(Class<A> annotation) {
            return Optional.ofNullable(annotation.cast(annotations.get(annotation)));
        }

        /** Every annotation on its field and getter, the member Hibernate uses first. */
        public Collection<Annotation> annotations() {
            return annotations.values();
        }

        /** Whether its value must never leave the entity in clear ({@link Sensitive} on its field or getter). */
        public boolean isSensitive() {
            return has(Sensitive.class);
        }

        /**
         * The attribute's value in {@code entity} as Hibernate would read it: the field as it is
         * (never loading anything), or the getter's result for property access.
         */
        public Object read(Object entity) {
            try {
                return propertyAccess ? getter.invoke(entity) : field.get(entity);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + member(), e);
            } catch (InvocationTargetException e) {
                throw rethrow(e);
            }
        }

        /**
         * Writes {@code value} as Hibernate would: through the setter for property access, else
         * into the field, recording the change for a bytecode-enhanced entity.
         */
        public void write(Object entity, Object value) {
            try {
                if (propertyAccess) {
                    setter().invoke(entity, value);
                } else {
                    field.set(entity, EnhancedAccess.write(entity, name, field.get(entity), value));
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot write " + member(), e);
            } catch (InvocationTargetException e) {
                throw rethrow(e);
            }
        }

        private Method setter() {
            Method found = setter;
            if (found == null) {
                String wanted = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
                for (Class<?> c = declaringClass; found == null && c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Method method : c.getDeclaredMethods()) {
                        if (method.getName().equals(wanted) && method.getParameterCount() == 1 && !method.isBridge()
                                && method.getParameterTypes()[0].isAssignableFrom(getter.getReturnType())) {
                            found = method;
                        }
                    }
                }
                if (found == null) {
                    throw new IllegalStateException(declaringClass.getName() + "." + name + " has property access but no setter "
                            + wanted + "(" + getter.getReturnType().getSimpleName() + ")");
                }
                found.setAccessible(true);
                setter = found;
            }
            return found;
        }

        private static RuntimeException rethrow(InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                return runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            return new IllegalStateException(e.getCause());
        }

        @Override
        public String toString() {
            return declaringClass.getSimpleName() + "." + name + " (" + access().name().toLowerCase(Locale.ROOT) + ")";
        }
    }

    private final Class<?> type;
    private final List<Attribute> attributes;
    private final Map<String, Attribute> byName;

    private EntityAnnotations(Class<?> type) {
        this.type = type;
        Map<String, Attribute> found = new LinkedHashMap<>();
        for (AccessRules.Found attribute : AccessRules.attributes(type)) {
            found.put(attribute.name(), new Attribute(attribute.name(), attribute.declaringClass(), attribute.field(),
                    attribute.getter(), attribute.property(), attribute.annotations()));
        }
        this.attributes = List.copyOf(found.values());
        this.byName = Collections.unmodifiableMap(found);
    }

    /** The model of {@code type} (computed on first use, then cached for the life of the class). */
    public static EntityAnnotations of(Class<?> type) {
        return MODELS.get(Objects.requireNonNull(type, "type must not be null"));
    }

    /** The model of {@code entity}'s own class, never of a Hibernate proxy class; does not initialize a proxy. */
    public static EntityAnnotations of(Object entity) {
        return MODELS.get(Hibernate.getClassLazy(Objects.requireNonNull(entity, "entity must not be null")));
    }

    /**
     * The model of a mapped entity's class, checked against Hibernate's mapping of it: for boot
     * code that validates mappings. Fails when the model and Hibernate disagree on which member
     * backs an attribute, or when an attribute the model knows carries a pack annotation but
     * Hibernate does not map it.
     *
     * @throws InvalidMappingException naming the entity, the attribute and both readings
     */
    public static EntityAnnotations of(PersistentClass entity) {
        Class<?> mapped = entity.getMappedClass();
        if (mapped == null) {
            throw new InvalidMappingException(entity.getEntityName() + " has no Java class; the pack's annotations need one");
        }
        EntityAnnotations model = of(mapped);
        Set<String> mappedNames = new HashSet<>();
        List<Property> properties = new ArrayList<>(entity.getPropertyClosure());
        if (entity.getIdentifierProperty() != null) {
            properties.add(entity.getIdentifierProperty());
        }
        for (Property property : properties) {
            mappedNames.add(property.getName());
            Member member = member(entity, property);
            Attribute attribute = model.byName.get(property.getName());
            if (member == null || attribute == null) {
                continue; // synthetic (backrefs, id mappers) or a member the pack never reads
            }
            boolean hibernateUsesGetter = member instanceof Method;
            if (hibernateUsesGetter != (attribute.access() == AccessType.PROPERTY)) {
                throw new InvalidMappingException(entity.getEntityName() + "." + property.getName() + ": Hibernate maps it through its "
                        + (hibernateUsesGetter ? "getter" : "field") + " but its annotations say "
                        + (hibernateUsesGetter ? "field" : "property") + " access; put @Access on the class or the attribute"
                        + " so that both agree");
            }
        }
        for (Attribute attribute : model.attributes) {
            if (!mappedNames.contains(attribute.name()) && entity.getIdentifierMapper() == null && packAnnotation(attribute) != null) {
                throw new InvalidMappingException(entity.getEntityName() + "." + attribute.name() + " is annotated @"
                        + packAnnotation(attribute).annotationType().getSimpleName()
                        + " but Hibernate does not map it; annotate a persistent attribute");
            }
        }
        return model;
    }

    /** The class this model describes. */
    public Class<?> type() {
        return type;
    }

    /** Every persistent attribute, superclass attributes first, fields in declaration order. */
    public List<Attribute> attributes() {
        return attributes;
    }

    /** The attribute called {@code name}. */
    public Optional<Attribute> attribute(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Whether attribute {@code name} carries {@code annotation} on its field or getter; {@code false} for no such attribute. */
    public boolean has(String name, Class<? extends Annotation> annotation) {
        Attribute attribute = byName.get(name);
        return attribute != null && attribute.has(annotation);
    }

    /** The {@code annotation} of attribute {@code name}, on its field or getter. */
    public <A extends Annotation> Optional<A> annotation(String name, Class<A> annotation) {
        Attribute attribute = byName.get(name);
        return attribute == null ? Optional.empty() : attribute.annotation(annotation);
    }

    /** The name of the first attribute (superclasses first) that carries {@code annotation}. */
    public Optional<String> attributeAnnotated(Class<? extends Annotation> annotation) {
        return attributesAnnotated(annotation).stream().findFirst().map(Attribute::name);
    }

    /** Every attribute that carries {@code annotation} on its field or getter, superclasses first. */
    public List<Attribute> attributesAnnotated(Class<? extends Annotation> annotation) {
        return attributes.stream().filter(attribute -> attribute.has(annotation)).toList();
    }

    /** Whether attribute {@code name} is {@link Sensitive} (on its field or getter). */
    public boolean isSensitive(String name) {
        return has(name, Sensitive.class);
    }

    @Override
    public String toString() {
        return "EntityAnnotations" + attributes;
    }

    private static Annotation packAnnotation(Attribute attribute) {
        for (Annotation annotation : attribute.annotations()) {
            if (annotation.annotationType().getName().startsWith("dev.hibernatepack.")) {
                return annotation;
            }
        }
        return null;
    }

    private static Member member(PersistentClass entity, Property property) {
        if (property.getName().startsWith("_")) {
            return null;
        }
        try {
            return property.getGetter(entity.getMappedClass()).getMember();
        } catch (MappingException | UnsupportedOperationException e) {
            return null;
        }
    }
}
