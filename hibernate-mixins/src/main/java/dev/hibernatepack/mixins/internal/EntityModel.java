// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
import jakarta.persistence.Version;

import org.hibernate.Hibernate;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.ValueGenerationType;

import dev.hibernatepack.mixins.DeletedFlag;
import dev.hibernatepack.mixins.Sensitive;
import dev.hibernatepack.mixins.spi.EntityAnnotations;

/**
 * What {@code toMap()}, {@code updateFromMap()} and {@code toString()} need of an entity class:
 * its persistent attributes from {@link EntityAnnotations} (fields or getters, by access type),
 * each sorted by kind and by whether a caller may write it; found once per class, no
 * {@code SessionFactory} needed.
 */
public final class EntityModel {

    /** What kind of attribute it maps. */
    public enum Kind { ID, BASIC, TO_ONE, OTHER }

    /**
     * One persistent attribute.
     *
     * @param name the attribute name
     * @param source its field or getter and their annotations
     * @param kind what it maps
     * @param sensitive whether it is marked {@link Sensitive} (on its field or getter)
     * @param readOnlyReason why {@code updateFromMap} may not write it, or {@code null} when it may
     */
    public record Attribute(String name, EntityAnnotations.Attribute source, Kind kind, boolean sensitive, String readOnlyReason) {

        /** The attribute's Java type. */
        public Class<?> javaType() {
            return source.javaType();
        }

        /**
         * The value as Hibernate reads it: the field as it is, or the getter for property access.
         * Callers check {@code Hibernate.isPropertyInitialized} first: a getter may load.
         */
        public Object rawValue(Object entity) {
            return source.read(entity);
        }

        void write(Object entity, Object value) {
            source.write(entity, value);
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
        List<Attribute> found = new ArrayList<>();
        for (EntityAnnotations.Attribute attribute : EntityAnnotations.of(type).attributes()) {
            found.add(describe(attribute));
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
                if (attribute.source().declaringClass() == c && attribute.kind() == Kind.BASIC && attribute.readOnlyReason() == null) {
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

    /** Every persistent attribute, superclass attributes first. */
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

    /** The identifier held by {@code entity}, an entity instance (proxies: {@link Proxies#proxyIdentifier}). */
    public static Object idOf(Object entity) {
        Attribute id = of(entity).id;
        return id == null ? null : id.rawValue(entity);
    }

    private static Attribute describe(EntityAnnotations.Attribute attribute) {
        String name = attribute.name();
        Class<?> type = attribute.javaType();
        boolean sensitive = attribute.isSensitive();
        if (attribute.has(Id.class) || attribute.has(EmbeddedId.class)) {
            return new Attribute(name, attribute, Kind.ID, sensitive, "is the identifier");
        }
        if (attribute.has(ManyToOne.class) || attribute.has(OneToOne.class)) {
            return new Attribute(name, attribute, Kind.TO_ONE, sensitive, "is an association; set it with its setter");
        }
        if (attribute.has(OneToMany.class) || attribute.has(ManyToMany.class) || attribute.has(ElementCollection.class)
                || attribute.has(Embedded.class) || type.isAnnotationPresent(Embeddable.class)
                || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
            return new Attribute(name, attribute, Kind.OTHER, sensitive, "is a collection or embedded value; set it directly");
        }
        return new Attribute(name, attribute, Kind.BASIC, sensitive, basicReadOnlyReason(attribute));
    }

    private static String basicReadOnlyReason(EntityAnnotations.Attribute attribute) {
        if (attribute.has(Version.class)) {
            return "is the version, managed by Hibernate";
        }
        if (attribute.annotation(NaturalId.class).filter(naturalId -> !naturalId.mutable()).isPresent()) {
            return "is an immutable natural id";
        }
        if (attribute.has(Formula.class)) {
            return "is computed by a formula";
        }
        if (attribute.has(GeneratedValue.class)) {
            return "is generated";
        }
        if (attribute.has(DeletedFlag.class)) {
            return "is the soft-delete flag; call softDelete() or restore()";
        }
        for (Annotation annotation : attribute.annotations()) {
            if (annotation.annotationType().isAnnotationPresent(ValueGenerationType.class)) {
                return "is generated (@" + annotation.annotationType().getSimpleName() + ")";
            }
        }
        if (attribute.annotation(Column.class).filter(column -> !column.updatable() || !column.insertable()).isPresent()) {
            return "is mapped read-only (insertable or updatable = false)";
        }
        return null;
    }
}
