// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.Hibernate;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.ValueGenerationType;
import org.hibernate.proxy.HibernateProxy;

import dev.hibernatepack.mixins.DeletedFlag;
import dev.hibernatepack.mixins.Sensitive;

/**
 * What the pack knows about an entity class's persistent fields, found once per class by
 * reflection (no {@code SessionFactory} needed) and cached: used by {@code toMap()},
 * {@code updateFromMap()} and {@code toString()}.
 */
public final class EntityModel {

    /** What kind of attribute a field maps. */
    public enum Kind { ID, BASIC, TO_ONE, OTHER }

    /**
     * One persistent field.
     *
     * @param name the attribute name
     * @param field the field, made accessible
     * @param kind what it maps
     * @param sensitive whether it is marked {@link Sensitive}
     * @param readOnlyReason why {@code updateFromMap} may not write it, or {@code null} when it may
     */
    public record Attribute(String name, Field field, Kind kind, boolean sensitive, String readOnlyReason) {

        /** The field's raw value, read without triggering any lazy loading. */
        public Object rawValue(Object entity) {
            try {
                return field.get(entity);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + field, e);
            }
        }

        void write(Object entity, Object value) {
            try {
                field.set(entity, EnhancedAccess.write(entity, name, field.get(entity), value));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot write " + field, e);
            }
        }
    }

    private static final ClassValue<EntityModel> MODELS = new ClassValue<>() {
        @Override
        protected EntityModel computeValue(Class<?> type) {
            return new EntityModel(type);
        }
    };

    private final String entityName;
    private final Attribute id;
    private final List<Attribute> attributes;
    private final Map<String, Attribute> byName;
    private final List<Attribute> summary;

    private EntityModel(Class<?> type) {
        this.entityName = type.getSimpleName();
        Deque<Class<?>> hierarchy = new ArrayDeque<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.push(c);
        }
        List<Attribute> found = new ArrayList<>();
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                if (isPersistent(field)) {
                    field.setAccessible(true);
                    found.add(describe(field));
                }
            }
        }
        this.attributes = List.copyOf(found);
        Map<String, Attribute> names = new LinkedHashMap<>();
        found.forEach(attribute -> names.putIfAbsent(attribute.name(), attribute));
        this.byName = Collections.unmodifiableMap(names);
        this.id = found.stream().filter(a -> a.kind() == Kind.ID).findFirst().orElse(null);
        // The entity's own attributes say more than inherited ones: most specific class first.
        List<Attribute> writable = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Attribute attribute : found) {
                if (attribute.field().getDeclaringClass() == c && attribute.kind() == Kind.BASIC && attribute.readOnlyReason() == null) {
                    writable.add(attribute);
                }
            }
        }
        this.summary = List.copyOf(writable);
    }

    /** The model of the entity's own class (never of a Hibernate proxy class). */
    public static EntityModel of(Object entity) {
        return MODELS.get(Hibernate.getClassLazy(entity));
    }

    /** The model of {@code type}. */
    public static EntityModel of(Class<?> type) {
        return MODELS.get(type);
    }

    /** The entity's simple class name. */
    public String entityName() {
        return entityName;
    }

    /** Every persistent field, superclass fields first. */
    public List<Attribute> attributes() {
        return attributes;
    }

    /** The attribute called {@code name}, or {@code null}. */
    public Attribute attribute(String name) {
        return byName.get(name);
    }

    /** The writable basic attributes, most specific class first: what {@code toString} shows. */
    public List<Attribute> summaryAttributes() {
        return summary;
    }

    /** Names of the attributes {@code updateFromMap} may write. */
    public List<String> writableNames() {
        return attributes.stream().filter(a -> a.readOnlyReason() == null).map(Attribute::name).toList();
    }

    /** The identifier of {@code entity} (an entity instance or a Hibernate proxy), never loading it. */
    public static Object idOf(Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof HibernateProxy proxy) {
            return proxy.getHibernateLazyInitializer().getIdentifier();
        }
        Attribute id = of(entity).id;
        return id == null ? null : id.rawValue(entity);
    }

    private static boolean isPersistent(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers)
                && !Modifier.isTransient(modifiers)
                && !field.isSynthetic()
                && !field.getName().startsWith("$$_hibernate_")
                && !field.isAnnotationPresent(Transient.class);
    }

    private static Attribute describe(Field field) {
        String name = field.getName();
        boolean sensitive = field.isAnnotationPresent(Sensitive.class);
        if (field.isAnnotationPresent(Id.class) || field.isAnnotationPresent(EmbeddedId.class)) {
            return new Attribute(name, field, Kind.ID, sensitive, "is the identifier");
        }
        if (field.isAnnotationPresent(ManyToOne.class) || field.isAnnotationPresent(OneToOne.class)) {
            return new Attribute(name, field, Kind.TO_ONE, sensitive, "is an association; set it with its setter");
        }
        if (field.isAnnotationPresent(OneToMany.class) || field.isAnnotationPresent(ManyToMany.class)
                || field.isAnnotationPresent(ElementCollection.class) || field.isAnnotationPresent(Embedded.class)
                || field.getType().isAnnotationPresent(Embeddable.class)
                || Collection.class.isAssignableFrom(field.getType()) || Map.class.isAssignableFrom(field.getType())) {
            return new Attribute(name, field, Kind.OTHER, sensitive, "is a collection or embedded value; set it directly");
        }
        return new Attribute(name, field, Kind.BASIC, sensitive, basicReadOnlyReason(field));
    }

    private static String basicReadOnlyReason(AccessibleObject field) {
        if (field.isAnnotationPresent(Version.class)) {
            return "is the version, managed by Hibernate";
        }
        NaturalId naturalId = field.getAnnotation(NaturalId.class);
        if (naturalId != null && !naturalId.mutable()) {
            return "is an immutable natural id";
        }
        if (field.isAnnotationPresent(Formula.class)) {
            return "is computed by a formula";
        }
        if (field.isAnnotationPresent(GeneratedValue.class)) {
            return "is generated";
        }
        if (field.isAnnotationPresent(DeletedFlag.class)) {
            return "is the soft-delete flag; call softDelete() or restore()";
        }
        for (Annotation annotation : field.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(ValueGenerationType.class)) {
                return "is generated (@" + annotation.annotationType().getSimpleName() + ")";
            }
        }
        Column column = field.getAnnotation(Column.class);
        if (column != null && (!column.updatable() || !column.insertable())) {
            return "is mapped read-only (insertable or updatable = false)";
        }
        return null;
    }
}
