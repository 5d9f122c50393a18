// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.spi;

import java.lang.annotation.Annotation;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
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
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;

import org.hibernate.Hibernate;
import org.hibernate.MappingException;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;

import dev.hibernatepack.mixins.InvalidMappingException;
import dev.hibernatepack.mixins.Sensitive;
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

    /** Annotations in {@code jakarta.persistence} that say nothing about how an attribute maps. */
    private static final Set<String> NOT_MAPPING = Set.of("jakarta.persistence.PostLoad", "jakarta.persistence.PostPersist",
            "jakarta.persistence.PostRemove", "jakarta.persistence.PostUpdate", "jakarta.persistence.PrePersist",
            "jakarta.persistence.PreRemove", "jakarta.persistence.PreUpdate", "jakarta.persistence.Transient",
            "jakarta.persistence.Access");

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
        List<Class<?>> hierarchy = mappedHierarchy(type);
        Map<String, Attribute> found = new LinkedHashMap<>();
        Class<?> owner = null;
        AccessType ownerDefault = null;
        // Walk from the most specific class up: each class's default access is its nearest entity's.
        List<List<Attribute>> perClass = new ArrayList<>();
        for (int i = hierarchy.size() - 1; i >= 0; i--) {
            Class<?> c = hierarchy.get(i);
            if (owner == null || c.isAnnotationPresent(Entity.class)) {
                owner = c;
                ownerDefault = defaultAccess(c, hierarchy);
            }
            Access local = c.getAnnotation(Access.class);
            AccessType access = local != null ? local.value() : ownerDefault;
            perClass.add(0, declaredAttributes(c, access, hierarchy));
        }
        for (List<Attribute> declared : perClass) {
            declared.forEach(attribute -> found.putIfAbsent(attribute.name(), attribute));
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

    /** The classes Hibernate reads attributes from, root first: entities, mapped superclasses, embeddables. */
    private static List<Class<?>> mappedHierarchy(Class<?> type) {
        List<Class<?>> all = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            all.add(0, c);
        }
        List<Class<?>> mapped = all.stream().filter(EntityAnnotations::isMapped).toList();
        // A class mapped without annotations (orm.xml) is read whole; the boot check says if that is wrong.
        return mapped.isEmpty() ? all : mapped;
    }

    private static boolean isMapped(Class<?> c) {
        return c.isAnnotationPresent(Entity.class) || c.isAnnotationPresent(MappedSuperclass.class)
                || c.isAnnotationPresent(Embeddable.class);
    }

    /**
     * The access type of the attributes an entity processes when neither they nor their class say:
     * Hibernate's rule (where {@code @Id} sits, then the members of the class, of the root entity,
     * of mapped superclasses); field access when nothing tells.
     */
    private static AccessType defaultAccess(Class<?> owner, List<Class<?>> hierarchy) {
        for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
            if (!(c.isAnnotationPresent(Entity.class) || c.isAnnotationPresent(MappedSuperclass.class))
                    || c.isAnnotationPresent(Access.class)) {
                continue;
            }
            for (Method method : c.getDeclaredMethods()) {
                if (isGetter(method) && isId(method) && canInferAccess(method)) {
                    return AccessType.PROPERTY;
                }
            }
            for (Field field : c.getDeclaredFields()) {
                if (isPersistable(field) && isId(field) && canInferAccess(field)) {
                    return AccessType.FIELD;
                }
            }
        }
        AccessType fromMembers = fromMembers(owner);
        if (fromMembers != null) {
            return fromMembers;
        }
        for (Class<?> c : hierarchy) {
            if (c.isAnnotationPresent(Entity.class)) {
                fromMembers = fromMembers(c);
                if (fromMembers != null) {
                    return fromMembers;
                }
                break;
            }
        }
        for (Class<?> c = owner.getSuperclass(); c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(MappedSuperclass.class) && (fromMembers = fromMembers(c)) != null) {
                return fromMembers;
            }
        }
        return AccessType.FIELD;
    }

    private static AccessType fromMembers(Class<?> c) {
        for (Field field : c.getDeclaredFields()) {
            if (isPersistable(field) && canInferAccess(field) && hasMappingAnnotation(field.getDeclaredAnnotations())) {
                return AccessType.FIELD;
            }
        }
        for (Method method : c.getDeclaredMethods()) {
            if (isGetter(method) && canInferAccess(method) && hasMappingAnnotation(method.getDeclaredAnnotations())) {
                return AccessType.PROPERTY;
            }
        }
        return null;
    }

    /** The attributes class {@code c} declares, given its class-level access type. */
    private static List<Attribute> declaredAttributes(Class<?> c, AccessType access, List<Class<?>> hierarchy) {
        Map<String, AccessibleObject> members = new LinkedHashMap<>();
        List<Field> fields = new ArrayList<>();
        List<Method> getters = new ArrayList<>();
        for (Field field : c.getDeclaredFields()) {
            if (isPersistable(field) && !field.isAnnotationPresent(Transient.class)) {
                fields.add(field);
            }
        }
        for (Method method : c.getDeclaredMethods()) {
            if (isGetter(method) && !method.isAnnotationPresent(Transient.class)) {
                getters.add(method);
            }
        }
        // An attribute's own @Access wins over its class's (JPA 2.3.2).
        fields.stream().filter(f -> f.isAnnotationPresent(Access.class)).forEach(f -> members.put(f.getName(), f));
        getters.stream().filter(m -> m.isAnnotationPresent(Access.class)).forEach(m -> members.put(attributeName(m), m));
        if (access == AccessType.PROPERTY) {
            getters.forEach(m -> members.putIfAbsent(attributeName(m), m));
        } else {
            fields.forEach(f -> members.putIfAbsent(f.getName(), f));
        }
        List<String> order = new ArrayList<>(members.keySet());
        List<String> fieldOrder = fields.stream().map(Field::getName).toList();
        // Declaration order of the fields; attributes with no field (getters alone) after them, by name.
        order.sort((a, b) -> {
            int ia = fieldOrder.indexOf(a);
            int ib = fieldOrder.indexOf(b);
            if (ia >= 0 && ib >= 0) {
                return Integer.compare(ia, ib);
            }
            return ia >= 0 ? -1 : ib >= 0 ? 1 : a.compareTo(b);
        });
        List<Attribute> attributes = new ArrayList<>();
        for (String name : order) {
            var member = members.get(name);
            boolean property = member instanceof Method;
            Field field = property ? field(hierarchy, name) : (Field) member;
            Method getter = property ? (Method) member : getter(hierarchy, name);
            Map<Class<? extends Annotation>, Annotation> annotations = new LinkedHashMap<>();
            for (var source : property ? new AccessibleObject[] {getter, field}
                    : new AccessibleObject[] {field, getter}) {
                if (source != null) {
                    for (Annotation annotation : source.getDeclaredAnnotations()) {
                        annotations.putIfAbsent(annotation.annotationType(), annotation);
                    }
                }
            }
            member.setAccessible(true);
            attributes.add(new Attribute(name, c, field, getter, property, Collections.unmodifiableMap(annotations)));
        }
        return attributes;
    }

    private static Field field(List<Class<?>> hierarchy, String name) {
        for (int i = hierarchy.size() - 1; i >= 0; i--) {
            for (Field field : hierarchy.get(i).getDeclaredFields()) {
                if (field.getName().equals(name) && isPersistable(field)) {
                    return field;
                }
            }
        }
        return null;
    }

    private static Method getter(List<Class<?>> hierarchy, String name) {
        for (int i = hierarchy.size() - 1; i >= 0; i--) {
            for (Method method : hierarchy.get(i).getDeclaredMethods()) {
                if (isGetter(method) && name.equals(attributeName(method))) {
                    return method;
                }
            }
        }
        return null;
    }

    private static boolean isPersistable(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                && !field.getName().startsWith("$$_hibernate_");
    }

    /** A getter as Hibernate sees one: {@code getX()} returning something, or {@code isX()} returning a boolean. */
    private static boolean isGetter(Method method) {
        if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers()) || method.isBridge()
                || method.isSynthetic()) {
            return false;
        }
        Class<?> returned = method.getReturnType();
        if (returned == void.class || returned == Void.class) {
            return false;
        }
        String name = method.getName();
        boolean getter = name.startsWith("get") && name.length() > 3
                || name.startsWith("is") && name.length() > 2 && (returned == boolean.class || returned == Boolean.class);
        return getter && !name.startsWith("get$$_hibernate_");
    }

    /** {@code getURL} → {@code URL}, {@code getTitle} → {@code title}, {@code isActive} → {@code active}. */
    private static String attributeName(Method getter) {
        String bare = getter.getName().substring(getter.getName().startsWith("is") ? 2 : 3);
        if (bare.length() > 1 && Character.isUpperCase(bare.charAt(0)) && Character.isUpperCase(bare.charAt(1))) {
            return bare;
        }
        return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
    }

    private static boolean isId(AccessibleObject member) {
        return member.isAnnotationPresent(Id.class) || member.isAnnotationPresent(EmbeddedId.class);
    }

    private static boolean canInferAccess(AccessibleObject member) {
        return !member.isAnnotationPresent(Access.class) && !member.isAnnotationPresent(Transient.class);
    }

    private static boolean hasMappingAnnotation(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            String name = annotation.annotationType().getName();
            if (name.startsWith("jakarta.persistence.") && !NOT_MAPPING.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
