// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Converts the usual external forms of a value (strings from a form or JSON, numbers of another
 * width) to an attribute's Java type, refusing anything that would lose information.
 */
public final class ValueConverter {

    /** A value that cannot become the attribute's type; the message says what is allowed. */
    public static final class ConversionException extends Exception {
        private static final long serialVersionUID = 1L;

        ConversionException(String message) {
            super(message, null, false, false);
        }
    }

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(
            boolean.class, Boolean.class, byte.class, Byte.class, short.class, Short.class,
            int.class, Integer.class, long.class, Long.class, float.class, Float.class,
            double.class, Double.class, char.class, Character.class);

    private static final Map<Class<?>, Function<String, Object>> PARSERS = Map.ofEntries(
            Map.entry(Instant.class, Instant::parse),
            Map.entry(LocalDate.class, LocalDate::parse),
            Map.entry(LocalDateTime.class, LocalDateTime::parse),
            Map.entry(LocalTime.class, LocalTime::parse),
            Map.entry(OffsetDateTime.class, OffsetDateTime::parse),
            Map.entry(ZonedDateTime.class, ZonedDateTime::parse),
            Map.entry(Duration.class, Duration::parse),
            Map.entry(UUID.class, ValueConverter::uuid));

    private static final int VALUE_LENGTH_IN_MESSAGE = 40;

    private ValueConverter() {
    }

    /** {@code value} as an instance of {@code type} (primitive types are boxed). */
    public static Object convert(Object value, Class<?> type) throws ConversionException {
        Class<?> target = BOXES.getOrDefault(type, type);
        if (value == null) {
            if (type.isPrimitive()) {
                throw new ConversionException("must not be null (" + type.getName() + ")");
            }
            return null;
        }
        if (target.isInstance(value)) {
            return value;
        }
        try {
            if (Number.class.isAssignableFrom(target)) {
                return number(value, target);
            }
            if (target == Boolean.class) {
                return bool(value);
            }
            if (target.isEnum()) {
                return enumConstant(value, target);
            }
            if (!(value instanceof CharSequence text)) {
                throw new ConversionException("expected " + describe(target) + ", got " + value.getClass().getSimpleName());
            }
            String s = text.toString();
            if (target == Character.class && s.length() == 1) {
                return s.charAt(0);
            }
            Function<String, Object> parser = PARSERS.get(target);
            if (parser == null) {
                throw new ConversionException("values of type " + target.getName() + " cannot be set from a string");
            }
            return parser.apply(s.trim());
        } catch (DateTimeParseException | IllegalArgumentException | ArithmeticException e) {
            throw new ConversionException("[" + shown(value) + "] is not " + describe(target));
        }
    }

    private static Object number(Object value, Class<?> target) throws ConversionException {
        BigDecimal decimal;
        if (value instanceof BigDecimal d) {
            decimal = d;
        } else if (value instanceof BigInteger i) {
            decimal = new BigDecimal(i);
        } else if (value instanceof Double || value instanceof Float) {
            decimal = new BigDecimal(value.toString());
        } else if (value instanceof Number n) {
            decimal = BigDecimal.valueOf(n.longValue());
        } else if (value instanceof CharSequence text) {
            decimal = new BigDecimal(text.toString().trim());
        } else {
            throw new ConversionException("expected " + describe(target) + ", got " + value.getClass().getSimpleName());
        }
        // The exact variants throw ArithmeticException instead of silently truncating or overflowing.
        if (target == Long.class) {
            return decimal.longValueExact();
        } else if (target == Integer.class) {
            return decimal.intValueExact();
        } else if (target == Short.class) {
            return decimal.shortValueExact();
        } else if (target == Byte.class) {
            return decimal.byteValueExact();
        } else if (target == BigInteger.class) {
            return decimal.toBigIntegerExact();
        } else if (target == BigDecimal.class) {
            return decimal;
        } else if (target == Double.class) {
            return finite(decimal.doubleValue());
        } else if (target == Float.class) {
            return (float) finite(decimal.floatValue());
        }
        throw new ConversionException("values of type " + target.getName() + " cannot be converted");
    }

    private static double finite(double value) {
        if (Double.isInfinite(value)) {
            throw new ArithmeticException("out of range");
        }
        return value;
    }

    private static Boolean bool(Object value) throws ConversionException {
        if (value instanceof CharSequence text) {
            switch (text.toString().trim().toLowerCase(Locale.ROOT)) {
                case "true":
                    return Boolean.TRUE;
                case "false":
                    return Boolean.FALSE;
                default:
                    break;
            }
        }
        throw new ConversionException("[" + shown(value) + "] is not a boolean; allowed: true, false");
    }

    private static Object enumConstant(Object value, Class<?> target) throws ConversionException {
        Object[] constants = target.getEnumConstants();
        if (value instanceof CharSequence text) {
            String name = text.toString().trim();
            for (Object constant : constants) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
            for (Object constant : constants) {
                if (((Enum<?>) constant).name().equalsIgnoreCase(name)) {
                    return constant;
                }
            }
        }
        throw new ConversionException("[" + shown(value) + "] is not a constant of " + target.getSimpleName() + "; allowed: "
                + Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")));
    }

    /** A caller's value as a message shows it: shortened, so a huge input does not make a huge message. */
    private static String shown(Object value) {
        return MessageText.abbreviate(value, VALUE_LENGTH_IN_MESSAGE);
    }

    private static UUID uuid(String text) {
        UUID uuid = UUID.fromString(text);
        // UUID.fromString accepts short forms such as "1-2-3-4-5"; only the canonical form is taken.
        if (!uuid.toString().equalsIgnoreCase(text)) {
            throw new IllegalArgumentException(text);
        }
        return uuid;
    }

    private static String describe(Class<?> target) {
        if (target == Instant.class) {
            return "an ISO-8601 instant such as 2024-05-01T10:15:30Z";
        } else if (target == LocalDate.class) {
            return "an ISO-8601 date such as 2024-05-01";
        } else if (target == LocalDateTime.class) {
            return "an ISO-8601 local date-time such as 2024-05-01T10:15:30";
        } else if (target == LocalTime.class) {
            return "an ISO-8601 time such as 10:15:30";
        } else if (target == OffsetDateTime.class || target == ZonedDateTime.class) {
            return "an ISO-8601 date-time with offset such as 2024-05-01T10:15:30+02:00";
        } else if (target == Duration.class) {
            return "an ISO-8601 duration such as PT15M";
        } else if (target == UUID.class) {
            return "a UUID such as 123e4567-e89b-12d3-a456-426614174000";
        } else if (Number.class.isAssignableFrom(target)) {
            return "a number that fits " + target.getSimpleName() + " exactly";
        }
        return "a " + target.getSimpleName();
    }
}
