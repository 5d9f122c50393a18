// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;

/**
 * JPA's access rules as Hibernate applies them, read from a class alone: which persistent
 * attributes a class has, which member (field or getter) backs each, and the annotations on both.
 * The reading behind {@link dev.hibernatepack.mixins.spi.EntityAnnotations}.
 */
public final class AccessRules {

    /**
     * One persistent attribute as found.
     *
     * @param name the attribute's name, as Hibernate names it
     * @param declaringClass the class that declares the member Hibernate uses
     * @param field the attribute's field, or {@code null}
     * @param getter the attribute's getter, or {@code null}
     * @param property whether Hibernate goes through the getter (property access)
     * @param annotations the annotations of the used member first, then of the other one
     */
    public record Found(String name, Class<?> declaringClass, Field field, Method getter, boolean property,
            Map<Class<? extends Annotation>, Annotation> annotations) {
    }

    /** Annotations in {@code jakarta.persistence} that say nothing about how an attribute maps. */
    private static final Set<String> NOT_MAPPING = Set.of("jakarta.persistence.PostLoad", "jakarta.persistence.PostPersist",
            "jakarta.persistence.PostRemove", "jakarta.persistence.PostUpdate", "jakarta.persistence.PrePersist",
            "jakarta.persistence.PreRemove", "jakarta.persistence.PreUpdate", "jakarta.persistence.Transient",
            "jakarta.persistence.Access");

    private AccessRules() {
    }

    /**
     * The persistent attributes of {@code type}, superclass attributes first: each class's default
     * access is its nearest entity's, an {@code @Access} on a class or attribute wins.
     */
    public static List<Found> attributes(Class<?> type) {
        List<Class<?>> hierarchy = mappedHierarchy(type);
        Class<?> owner = null;
        AccessType ownerDefault = null;
        // Walk from the most specific class up: each class's default access is its nearest entity's.
        List<List<Found>> perClass = new ArrayList<>();
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
        Map<String, Found> found = new LinkedHashMap<>();
        for (List<Found> declared : perClass) {
            declared.forEach(attribute -> found.putIfAbsent(attribute.name(), attribute));
        }
        return List.copyOf(found.values());
    }

    /** The classes Hibernate reads attributes from, root first: entities, mapped superclasses, embeddables. */
    private static List<Class<?>> mappedHierarchy(Class<?> type) {
        List<Class<?>> all = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            all.add(0, c);
        }
        List<Class<?>> mapped = all.stream().filter(AccessRules::isMapped).toList();
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
    private static List<Found> declaredAttributes(Class<?> c, AccessType access, List<Class<?>> hierarchy) {
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
        List<Found> attributes = new ArrayList<>();
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
            attributes.add(new Found(name, c, field, getter, property, Collections.unmodifiableMap(annotations)));
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
