// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hibernate.Hibernate;

import dev.hibernatepack.mixins.InvalidAttributesException;

/**
 * {@code toMap}, {@code updateFromMap} and {@code toString} for any entity, field or property access,
 * built on {@link EntityModel}; none of them triggers lazy loading.
 */
public final class EntityMaps {

    private static final int TO_STRING_ATTRIBUTES = 4;
    private static final int TO_STRING_MAX_LENGTH = 40;
    private static final String MASK = "****";

    private EntityMaps() {
    }

    /** Basic attributes and to-one ids of {@code entity}, without {@code @Sensitive} or unloaded ones. */
    public static Map<String, Object> toMap(Object entity) {
        EntityModel model = EntityModel.of(entity);
        Map<String, Object> map = new LinkedHashMap<>();
        for (EntityModel.Attribute attribute : model.attributes()) {
            if (attribute.sensitive() || attribute.kind() == EntityModel.Kind.OTHER) {
                continue;
            }
            if (attribute.kind() == EntityModel.Kind.ID) {
                map.put(attribute.name(), attribute.rawValue(entity));
            } else if (Hibernate.isPropertyInitialized(entity, attribute.name())) {
                Object value = attribute.rawValue(entity);
                map.put(attribute.name(), attribute.kind() == EntityModel.Kind.TO_ONE ? EntityModel.idOf(value) : value);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** Writes every entry of {@code values} into {@code entity}, or none of them and throws. */
    public static void updateFromMap(Object entity, Map<String, ?> values) {
        Objects.requireNonNull(values, "values must not be null");
        EntityModel model = EntityModel.of(entity);
        Map<String, String> problems = new LinkedHashMap<>();
        List<Map.Entry<EntityModel.Attribute, Object>> writes = new ArrayList<>(values.size());
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            String key = entry.getKey();
            EntityModel.Attribute attribute = key == null ? null : model.attribute(key);
            if (attribute == null) {
                problems.put(String.valueOf(key), "is not an attribute of " + model.entityName()
                        + "; writable: " + String.join(", ", model.writableNames()));
            } else if (attribute.readOnlyReason() != null) {
                problems.put(key, attribute.readOnlyReason() + " and cannot be written");
            } else {
                try {
                    writes.add(Map.entry(attribute, ValueConverter.convert(entry.getValue(), attribute.javaType())));
                } catch (ValueConverter.ConversionException e) {
                    problems.put(key, attribute.sensitive() ? "has a value that is not allowed" : e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAttributesException(model.entityName(), problems);
        }
        for (Map.Entry<EntityModel.Attribute, Object> write : writes) {
            write.getKey().write(entity, write.getValue());
        }
    }

    /** {@code Post(id=12, title=Hello)}: class, id and a few basic attributes, sensitive ones masked. */
    public static String toString(Object entity) {
        EntityModel model = EntityModel.of(entity);
        StringBuilder out = new StringBuilder(model.entityName()).append("(id=").append(EntityModel.idOf(entity));
        int shown = 0;
        for (EntityModel.Attribute attribute : model.summaryAttributes()) {
            if (shown == TO_STRING_ATTRIBUTES) {
                break;
            }
            if (!Hibernate.isPropertyInitialized(entity, attribute.name())) {
                continue;
            }
            out.append(", ").append(attribute.name()).append('=')
                    .append(attribute.sensitive() ? MASK : abbreviate(attribute.rawValue(entity)));
            shown++;
        }
        return out.append(')').toString();
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() <= TO_STRING_MAX_LENGTH ? text : text.substring(0, TO_STRING_MAX_LENGTH - 1) + "…";
    }
}
