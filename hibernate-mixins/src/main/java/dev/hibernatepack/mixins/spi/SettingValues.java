// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.spi;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads the pack's {@code hibernatepack.*} settings by one rule for every module, so that a value
 * means the same wherever it is given:
 * <ul>
 *   <li>an absent setting (or a {@code null} value) takes its default;</li>
 *   <li>a blank text value (empty or only white space) is refused, naming the setting, because it
 *       is almost always an unresolved placeholder; remove the setting to get its default. List
 *       settings are the one exception: there a blank value is the empty list;</li>
 *   <li>text is trimmed, and words ({@code true}, {@code log}, {@code vm}, …) are matched without
 *       regard to case;</li>
 *   <li>booleans are {@code true} or {@code false} (or a {@link Boolean}), nothing else;</li>
 *   <li>whole numbers must lie in the setting's range, which the refusal names; a value too large
 *       for the type is refused the same way, never wrapped.</li>
 * </ul>
 * A refused value is reported through the module's own exception, made by a {@link Refusal}, with
 * the message {@code The value [v] of the [setting] setting is not supported; allowed: …}.
 *
 * <pre>{@code
 * SettingValues values = SettingValues.of(settings, InvalidSettingException::new);
 * boolean enabled = values.bool(MixinsSettings.ENABLED, true);
 * }</pre>
 */
public final class SettingValues {

    /** Makes the module's exception for a refused value. */
    @FunctionalInterface
    public interface Refusal {

        /**
         * The exception to throw for {@code value} of {@code setting}.
         *
         * @param setting the setting's name
         * @param value the value as it may be shown (never a secret)
         * @param allowed what the setting accepts
         */
        RuntimeException refuse(String setting, Object value, String allowed);
    }

    /** Appended to what a setting allows when its value was blank. */
    static final String BLANK = "a blank value is not a setting: remove it to use the default";

    private final Map<?, ?> settings;
    private final Refusal refusal;

    private SettingValues(Map<?, ?> settings, Refusal refusal) {
        this.settings = settings;
        this.refusal = refusal;
    }

    /** Reads {@code settings}, reporting refused values through {@code refusal}. */
    public static SettingValues of(Map<?, ?> settings, Refusal refusal) {
        return new SettingValues(Objects.requireNonNull(settings, "settings must not be null"),
                Objects.requireNonNull(refusal, "refusal must not be null"));
    }

    /** The exception for {@code value} of {@code setting}, made by the module's {@link Refusal}. */
    public RuntimeException refuse(String setting, Object value, String allowed) {
        return refusal.refuse(setting, value, allowed);
    }

    /**
     * The raw value of {@code setting} ({@code null} when absent); a String is trimmed, and a blank
     * one refused with {@code allowed} in the message.
     */
    public Object value(String setting, String allowed) {
        Object value = settings.get(setting);
        if (value instanceof String text) {
            String trimmed = text.trim();
            if (trimmed.isEmpty()) {
                throw refusal.refuse(setting, value, allowed + " (" + BLANK + ")");
            }
            return trimmed;
        }
        return value;
    }

    /** Whether {@code setting} is given (a blank value counts as given, and is refused when read). */
    public boolean isSet(String setting) {
        return settings.get(setting) != null;
    }

    /** {@code true} or {@code false}, or {@code fallback} when absent. */
    public boolean bool(String setting, boolean fallback) {
        Object value = value(setting, "true, false");
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        return switch (value.toString().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw refusal.refuse(setting, value, "true, false");
        };
    }

    /** A whole number from {@code min} to {@code max}, or {@code fallback} when absent. */
    public long whole(String setting, long fallback, long min, long max, String unit) {
        String allowed = "a whole number" + (unit.isEmpty() ? "" : " of " + unit) + " from " + min + " to " + max;
        Object value = value(setting, allowed);
        if (value == null) {
            return fallback;
        }
        long number;
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            number = ((Number) value).longValue();
        } else if (value instanceof Number) {
            throw refusal.refuse(setting, value, allowed);
        } else {
            try {
                number = Long.parseLong(value.toString().replace("_", ""));
            } catch (NumberFormatException e) {
                throw refusal.refuse(setting, value, allowed);
            }
        }
        if (number < min || number > max) {
            throw refusal.refuse(setting, value, allowed);
        }
        return number;
    }

    /** As {@link #whole}, for a setting whose range fits an {@code int}. */
    public int wholeInt(String setting, int fallback, int min, int max, String unit) {
        return (int) whole(setting, fallback, min, max, unit);
    }

    /**
     * One of {@code choices} (matched by its lower-case name, as listed in the message), or
     * {@code fallback} when absent; an instance of {@code type} is taken as it is.
     */
    public <E extends Enum<E>> E choice(String setting, Class<E> type, E fallback) {
        String allowed = List.of(type.getEnumConstants()).stream()
                .map(constant -> constant.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        Object value = value(setting, allowed);
        if (value == null) {
            return fallback;
        }
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.toString())) {
                return constant;
            }
        }
        throw refusal.refuse(setting, value, allowed);
    }

    /**
     * A list given as a {@link Collection} or as comma-separated text, each element trimmed and
     * empty ones dropped; {@code fallback} when absent, the empty list when blank.
     */
    public List<String> list(String setting, List<String> fallback) {
        Object value = settings.get(setting);
        if (value == null) {
            return fallback;
        }
        Collection<?> items = value instanceof Collection<?> given ? given : List.of(value.toString().split(","));
        return items.stream().map(item -> String.valueOf(item).trim()).filter(item -> !item.isEmpty()).toList();
    }
}
