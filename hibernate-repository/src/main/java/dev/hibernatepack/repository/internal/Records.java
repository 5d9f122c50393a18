// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Maps result rows onto a record's canonical constructor, column by column in select order,
 * converting what JDBC drivers disagree on (a count is a {@code Long} on one database and a
 * {@code BigDecimal} on another; a timestamp a {@code Timestamp} or an {@code OffsetDateTime}).
 */
public final class Records {

    private Records() {
    }

    /** A mapper of rows of {@code columns} values onto {@code type}; fails at once if they cannot match. */
    public static <R> Function<Object[], R> mapper(Class<R> type, int columns) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record; results map onto records");
        }
        RecordComponent[] components = type.getRecordComponents();
        if (columns >= 0 && components.length != columns) {
            throw new IllegalArgumentException(type.getSimpleName() + " has " + components.length + " components "
                    + Arrays.stream(components).map(RecordComponent::getName).toList() + " but the query selects " + columns
                    + " columns; they map in order, one to one");
        }
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<R> constructor;
        try {
            constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException | RuntimeException e) {
            throw new IllegalArgumentException("Cannot use the canonical constructor of " + type.getName(), e);
        }
        return row -> {
            if (row.length != components.length) {
                throw new IllegalArgumentException(type.getSimpleName() + " has " + components.length
                        + " components but the row has " + row.length + " columns");
            }
            Object[] arguments = new Object[row.length];
            for (int i = 0; i < row.length; i++) {
                arguments[i] = convert(row[i], types[i], type, components[i].getName(), i + 1);
            }
            try {
                return constructor.newInstance(arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** Each result of a query (an {@code Object[]} row, or one value when one column is selected) as a record. */
    public static <R> List<R> map(List<?> rows, Class<R> type) {
        if (rows.isEmpty()) {
            mapper(type, -1);
            return List.of();
        }
        Object first = rows.get(0);
        Function<Object[], R> mapper = mapper(type, first instanceof Object[] array ? array.length : 1);
        return rows.stream().map(row -> mapper.apply(row instanceof Object[] array ? array : new Object[] {row})).toList();
    }

    private static Object convert(Object value, Class<?> target, Class<?> record, String component, int column) {
        if (value == null) {
            if (target.isPrimitive()) {
                throw new IllegalArgumentException("Column " + column + " is null but " + record.getSimpleName() + "."
                        + component + " is a " + target + "; declare it as its wrapper type");
            }
            return null;
        }
        Class<?> boxed = box(target);
        if (boxed.isInstance(value)) {
            return value;
        }
        if (value instanceof Number number) {
            Object converted = number(number, boxed);
            if (converted != null) {
                return converted;
            }
        }
        if (value instanceof Timestamp timestamp) {
            if (boxed == Instant.class) {
                return timestamp.toInstant();
            }
            if (boxed == LocalDateTime.class) {
                return timestamp.toLocalDateTime();
            }
        }
        if (value instanceof OffsetDateTime offset && boxed == Instant.class) {
            return offset.toInstant();
        }
        if (value instanceof LocalDateTime local && boxed == Instant.class) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Date date && boxed == LocalDate.class) {
            return date.toLocalDate();
        }
        if (boxed == String.class) {
            return value.toString();
        }
        if (boxed.isEnum() && value instanceof String name) {
            for (Object constant : boxed.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
        }
        throw new IllegalArgumentException("Column " + column + " holds a " + value.getClass().getName() + " that does not convert to "
                + record.getSimpleName() + "." + component + " (" + target.getName() + ")");
    }

    private static Object number(Number number, Class<?> target) {
        if (target == Long.class) {
            return number.longValue();
        }
        if (target == Integer.class) {
            return Math.toIntExact(number.longValue());
        }
        if (target == Short.class) {
            return number.shortValue();
        }
        if (target == Double.class) {
            return number.doubleValue();
        }
        if (target == Float.class) {
            return number.floatValue();
        }
        if (target == BigDecimal.class) {
            return number instanceof BigInteger big ? new BigDecimal(big) : new BigDecimal(number.toString());
        }
        if (target == BigInteger.class) {
            return number instanceof BigDecimal decimal ? decimal.toBigInteger() : BigInteger.valueOf(number.longValue());
        }
        return null;
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "long" -> Long.class;
            case "int" -> Integer.class;
            case "short" -> Short.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "boolean" -> Boolean.class;
            case "byte" -> Byte.class;
            case "char" -> Character.class;
            default -> type;
        };
    }
}
