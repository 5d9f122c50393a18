// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.internal;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.Attribute.PersistentAttributeType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;

import org.hibernate.graph.Graph;

import dev.hibernatepack.mixins.CreatedAt;
import dev.hibernatepack.mixins.DeletedAt;
import dev.hibernatepack.mixins.DeletedFlag;
import dev.hibernatepack.mixins.Sensitive;
import dev.hibernatepack.mixins.UpdatedAt;
import dev.hibernatepack.mixins.spi.EntityAnnotations;
import dev.hibernatepack.repository.InvalidAttributeException;

/**
 * Resolves attribute names that may come from user input against the metamodel, never against
 * SQL: a name is looked up among the entity's attributes and anything else is refused, naming what
 * is allowed. Dotted paths go through embeddables and to-one associations.
 */
public final class Attributes {

    /** What a name is used for: decides what it may name. */
    public enum Use {
        SORT("sort by"), FILTER("filter by"), GROUP("group by"), AGGREGATE("aggregate"), ASSIGN("assign");

        private final String verb;

        Use(String verb) {
            this.verb = verb;
        }
    }

    /** The annotations of the attributes the mixins write: never assigned by the caller. */
    private static final List<Class<? extends Annotation>> MIXIN_WRITTEN =
            List.of(CreatedAt.class, UpdatedAt.class, DeletedAt.class, DeletedFlag.class);

    private Attributes() {
    }

    /**
     * The criteria path of the basic attribute {@code name} (possibly dotted) of {@code root}'s
     * entity, refused with {@link InvalidAttributeException} when it names nothing, something
     * {@code @Sensitive} (except to assign it), or not a basic value.
     */
    public static Path<?> path(From<?, ?> root, String name, Use use) {
        if (name == null || name.isBlank()) {
            List<String> allowed = allowed(root.getModel() instanceof ManagedType<?> m ? m : null, use);
            throw new InvalidAttributeException("An attribute name to " + use.verb + " is required, not [" + name + "]; allowed: "
                    + String.join(", ", allowed), String.valueOf(name), allowed);
        }
        ManagedType<?> type = (ManagedType<?>) root.getModel();
        String entity = type.getJavaType().getSimpleName();
        Path<?> path = root;
        String[] segments = name.split("\\.", -1);
        for (int i = 0; i < segments.length; i++) {
            Attribute<?, ?> attribute = find(type, segments[i]);
            if (attribute == null) {
                throw new InvalidAttributeException("Cannot " + use.verb + " [" + name + "]: " + entity + " has no attribute ["
                        + segments[i] + "]; allowed: " + String.join(", ", allowed(type, use)), name, allowed(type, use));
            }
            if (use != Use.ASSIGN && isSensitive(type, attribute)) {
                throw new InvalidAttributeException("Cannot " + use.verb + " [" + name + "]: " + entity + "." + segments[i]
                        + " is @Sensitive; allowed: " + String.join(", ", allowed(type, use)), name, allowed(type, use));
            }
            boolean last = i == segments.length - 1;
            PersistentAttributeType kind = attribute.getPersistentAttributeType();
            if (last) {
                if (kind != PersistentAttributeType.BASIC) {
                    throw new InvalidAttributeException("Cannot " + use.verb + " [" + name + "]: " + entity + "." + segments[i]
                            + " is not a basic value (" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                            + "); allowed: " + String.join(", ", allowed(type, use)), name, allowed(type, use));
                }
                if (use == Use.ASSIGN) {
                    refuseManaged(root, type, attribute, name);
                }
                return path.get(attribute.getName());
            }
            boolean traversable = kind == PersistentAttributeType.EMBEDDED
                    || (use != Use.ASSIGN && (kind == PersistentAttributeType.MANY_TO_ONE || kind == PersistentAttributeType.ONE_TO_ONE));
            if (!traversable || !(attribute instanceof SingularAttribute<?, ?> singular)
                    || !(singular.getType() instanceof ManagedType<?> next)) {
                throw new InvalidAttributeException("Cannot " + use.verb + " [" + name + "]: " + entity + "." + segments[i]
                        + " cannot be followed by a dot here; allowed: " + String.join(", ", allowed(type, use)), name,
                        allowed(type, use));
            }
            path = path.get(attribute.getName());
            type = next;
            entity = type.getJavaType().getSimpleName();
        }
        throw new IllegalStateException("unreachable");
    }

    private static void refuseManaged(From<?, ?> root, ManagedType<?> type, Attribute<?, ?> attribute, String name) {
        if (attribute instanceof SingularAttribute<?, ?> singular && (singular.isId() || singular.isVersion())) {
            throw new InvalidAttributeException("Cannot assign [" + name + "]: it is the " + (singular.isId() ? "id" : "version")
                    + " of " + type.getJavaType().getSimpleName(), name, allowed(type, Use.ASSIGN));
        }
        EntityAnnotations model = EntityAnnotations.of(type.getJavaType());
        if (type == root.getModel() && MIXIN_WRITTEN.stream().anyMatch(mixin -> model.has(attribute.getName(), mixin))) {
            throw new InvalidAttributeException("Cannot assign [" + name + "]: the mixins write it", name, allowed(type, Use.ASSIGN));
        }
    }

    /**
     * Adds the association path {@code name} (dotted for nested associations) to {@code graph},
     * refused when a segment is unknown or not an association or embeddable.
     *
     * @return whether the path fetches a collection
     */
    public static boolean fetch(Graph<?> graph, ManagedType<?> root, String name) {
        ManagedType<?> type = root;
        Graph<?> node = graph;
        boolean plural = false;
        String[] segments = name == null ? new String[] {""} : name.split("\\.", -1);
        for (int i = 0; i < segments.length; i++) {
            Attribute<?, ?> attribute = find(type, segments[i]);
            List<String> allowed = associations(type);
            String entity = type.getJavaType().getSimpleName();
            if (attribute == null || !attribute.isAssociation()) {
                throw new InvalidAttributeException("Cannot fetch [" + name + "]: " + entity
                        + (attribute == null ? " has no attribute [" + segments[i] + "]" : "." + segments[i] + " is not an association")
                        + "; allowed: " + String.join(", ", allowed), String.valueOf(name), allowed);
            }
            plural |= attribute instanceof PluralAttribute<?, ?, ?>;
            ManagedType<?> next = attribute instanceof PluralAttribute<?, ?, ?> many
                    ? (ManagedType<?>) many.getElementType()
                    : (ManagedType<?>) ((SingularAttribute<?, ?>) attribute).getType();
            if (i == segments.length - 1) {
                node.addAttributeNode(attribute.getName());
            } else {
                node = node.addSubgraph(attribute.getName());
            }
            type = next;
        }
        return plural;
    }

    private static Attribute<?, ?> find(ManagedType<?> type, String name) {
        for (Attribute<?, ?> attribute : type.getAttributes()) {
            if (attribute.getName().equals(name)) {
                return attribute;
            }
        }
        return null;
    }

    /** Whether the attribute of {@code owner} is {@link Sensitive}, on its field or its getter. */
    public static boolean isSensitive(ManagedType<?> owner, Attribute<?, ?> attribute) {
        return EntityAnnotations.of(owner.getJavaType()).isSensitive(attribute.getName());
    }

    private static List<String> allowed(ManagedType<?> type, Use use) {
        List<String> names = new ArrayList<>();
        if (type == null) {
            return names;
        }
        for (Attribute<?, ?> attribute : type.getAttributes()) {
            if (use != Use.ASSIGN && isSensitive(type, attribute)) {
                continue;
            }
            switch (attribute.getPersistentAttributeType()) {
                case BASIC -> {
                    if (use != Use.ASSIGN || !(attribute instanceof SingularAttribute<?, ?> s) || !(s.isId() || s.isVersion())) {
                        names.add(attribute.getName());
                    }
                }
                case EMBEDDED -> names.add(attribute.getName() + ".*");
                case MANY_TO_ONE, ONE_TO_ONE -> {
                    if (use != Use.ASSIGN) {
                        names.add(attribute.getName() + ".*");
                    }
                }
                default -> {
                }
            }
        }
        names.sort(null);
        return names;
    }

    private static List<String> associations(ManagedType<?> type) {
        List<String> names = new ArrayList<>();
        for (Attribute<?, ?> attribute : type.getAttributes()) {
            if (attribute.isAssociation()) {
                names.add(attribute.getName());
            }
        }
        names.sort(null);
        return names;
    }
}
