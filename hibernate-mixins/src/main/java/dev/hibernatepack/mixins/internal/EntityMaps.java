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
 * built on {@link EntityModel}; none of them triggers lazy loading, and {@code toMap} and
 * {@code toString} accept an uninitialized proxy, attached or detached, without loading it.
 */
public final class EntityMaps {

    private static final int TO_STRING_ATTRIBUTES = 4;
    private static final int TO_STRING_MAX_LENGTH = 40;
    private static final String MASK = "****";

    private EntityMaps() {
    }

    /** Basic attributes and to-one ids of {@code entity}, without {@code @Sensitive} or unloaded ones. */
    public static Map<String, Object> toMap(Object proxyOrEntity) {
        if (Proxies.isUninitialized(proxyOrEntity)) {
            EntityModel model = EntityModel.of(Proxies.entityClass(proxyOrEntity));
            Map<String, Object> map = new LinkedHashMap<>();
            model.attributes().stream().filter(a -> a.kind() == EntityModel.Kind.ID).findFirst()
                    .ifPresent(id -> map.put(id.name(), Proxies.proxyIdentifier(proxyOrEntity)));
            return Collections.unmodifiableMap(map);
        }
        Object entity = Proxies.unproxy(proxyOrEntity);
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
                map.put(attribute.name(), attribute.kind() == EntityModel.Kind.TO_ONE ? identifier(value) : value);
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
        // One reason for every unknown key: the writable names go on the exception once.
        String unknown = "is not an attribute of " + model.entityName();
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            String key = entry.getKey();
            EntityModel.Attribute attribute = key == null ? null : model.attribute(key);
            if (attribute == null) {
                problems.put(String.valueOf(key), unknown);
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
            throw new InvalidAttributesException(model.entityName(), problems, model.writableNames());
        }
        for (Map.Entry<EntityModel.Attribute, Object> write : writes) {
            write.getKey().write(entity, write.getValue());
        }
    }

    /**
     * {@code Post(id=12, title=Hello)}: class, id and a few basic attributes, sensitive ones
     * masked; {@code Post(id=12, not loaded)} for an uninitialized proxy.
     */
    public static String toString(Object proxyOrEntity) {
        if (Proxies.isUninitialized(proxyOrEntity)) {
            return EntityModel.of(Proxies.entityClass(proxyOrEntity)).entityName()
                    + "(id=" + abbreviate(Proxies.proxyIdentifier(proxyOrEntity)) + ", not loaded)";
        }
        Object entity = Proxies.unproxy(proxyOrEntity);
        EntityModel model = EntityModel.of(entity);
        StringBuilder out = new StringBuilder(model.entityName()).append("(id=").append(abbreviate(identifier(entity)));
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

    /** The identifier of an entity or proxy (associated entities may be proxies), never loading it. */
    private static Object identifier(Object entity) {
        if (entity == null) {
            return null;
        }
        Object proxied = Proxies.proxyIdentifier(entity);
        return proxied != null ? proxied : EntityModel.idOf(entity);
    }

    private static String abbreviate(Object value) {
        return MessageText.abbreviate(value, TO_STRING_MAX_LENGTH);
    }
}
