// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;

import dev.hibernatepack.monitoring.InvalidSettingException;
import dev.hibernatepack.monitoring.MonitoringSettings;

/**
 * The monitoring settings, read and validated once at boot.
 *
 * @param slowThresholdNanos statements at least this slow are logged; 0 means never
 * @param logSqlLiterals whether the slow log shows SQL as executed rather than its shape
 * @param nPlusOne what to do about N+1 patterns
 * @param nPlusOneThreshold how many single-row lazy loads of one association make one
 * @param maxShapes how many shapes the factory statistics keep apart
 * @param jmx whether to register the MBean
 * @param micrometer whether to publish Micrometer meters when Micrometer is present
 * @param meterRegistry the registry to publish to, or {@code null} for the global one
 * @param frameworkPackages package (or class) names of the application's own framework, which call sites skip
 */
public record MonitoringConfig(long slowThresholdNanos, boolean logSqlLiterals, NPlusOneMode nPlusOne, int nPlusOneThreshold,
        int maxShapes, boolean jmx, boolean micrometer, Object meterRegistry, List<String> frameworkPackages) {

    public MonitoringConfig {
        frameworkPackages = List.copyOf(frameworkPackages);
    }

    /** What to do about an N+1 pattern. */
    public enum NPlusOneMode { OFF, LOG, THROW }

    /** The one setting whose value is an object: Micrometer's registry type, named so that Micrometer stays optional. */
    static final String METER_REGISTRY_TYPE = "io.micrometer.core.instrument.MeterRegistry";

    /** Appended to what a setting allows when its value was blank (the pack's rule, as in hibernate-mixins' SettingValues). */
    static final String BLANK = "a blank value is not a setting: remove it to use the default";

    /** Most shapes kept apart: each costs its SQL text and counters, so memory stays bounded. */
    static final int MAX_SHAPES_LIMIT = 1_000_000;

    /** A Java package or class name: identifiers separated by dots. */
    private static final Pattern QUALIFIED_NAME = Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
            + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

    /** Whether the module is on; only {@link MonitoringSettings#ENABLED} is read. */
    public static boolean enabled(Map<?, ?> settings) {
        return bool(settings, MonitoringSettings.ENABLED, true);
    }

    /**
     * Reads every setting by the pack's rule: absent means the default, blank text is refused,
     * text is trimmed and words match without regard to case, booleans are {@code true} or
     * {@code false}, whole numbers are range-checked (never wrapped). A bad value fails with
     * {@link InvalidSettingException}.
     */
    public static MonitoringConfig from(Map<?, ?> settings) {
        long slowMillis = whole(settings, MonitoringSettings.SLOW_QUERY_THRESHOLD_MS, 1000, 0, Integer.MAX_VALUE,
                "milliseconds", " (0 turns the log off)");
        return new MonitoringConfig(
                TimeUnit.MILLISECONDS.toNanos(slowMillis),
                bool(settings, MonitoringSettings.LOG_SQL_LITERALS, false),
                mode(settings),
                (int) whole(settings, MonitoringSettings.N_PLUS_ONE_THRESHOLD, 5, 2, Integer.MAX_VALUE, "", ""),
                (int) whole(settings, MonitoringSettings.MAX_SHAPES, 1000, 1, MAX_SHAPES_LIMIT, "", ""),
                bool(settings, MonitoringSettings.JMX, true),
                bool(settings, MonitoringSettings.MICROMETER, true),
                meterRegistry(settings),
                frameworkPackages(settings));
    }

    /** The raw value ({@code null} when absent); text is trimmed, and refused when blank. */
    private static Object value(Map<?, ?> settings, String name, String allowed) {
        Object value = settings.get(name);
        if (value instanceof String text) {
            String trimmed = text.trim();
            if (trimmed.isEmpty()) {
                throw new InvalidSettingException(name, value, allowed + " (" + BLANK + ")");
            }
            return trimmed;
        }
        return value;
    }

    private static boolean bool(Map<?, ?> settings, String name, boolean fallback) {
        Object value = value(settings, name, "true, false");
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        return switch (value.toString().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidSettingException(name, value, "true, false");
        };
    }

    private static long whole(Map<?, ?> settings, String name, long fallback, long min, long max, String unit, String note) {
        String allowed = "a whole number" + (unit.isEmpty() ? "" : " of " + unit) + " from " + min + " to " + max + note;
        Object value = value(settings, name, allowed);
        if (value == null) {
            return fallback;
        }
        long parsed;
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            parsed = ((Number) value).longValue();
        } else if (value instanceof Number) {
            throw new InvalidSettingException(name, value, allowed);
        } else {
            try {
                parsed = Long.parseLong(value.toString().replace("_", ""));
            } catch (NumberFormatException e) {
                throw new InvalidSettingException(name, value, allowed);
            }
        }
        if (parsed < min || parsed > max) {
            throw new InvalidSettingException(name, value, allowed);
        }
        return parsed;
    }

    private static NPlusOneMode mode(Map<?, ?> settings) {
        Object value = value(settings, MonitoringSettings.N_PLUS_ONE, "off, log, throw");
        if (value == null) {
            return NPlusOneMode.LOG;
        }
        return switch (value.toString().toLowerCase(Locale.ROOT)) {
            case "off" -> NPlusOneMode.OFF;
            case "log" -> NPlusOneMode.LOG;
            case "throw" -> NPlusOneMode.THROW;
            default -> throw new InvalidSettingException(MonitoringSettings.N_PLUS_ONE, value, "off, log, throw");
        };
    }

    /**
     * Package or class names, as comma-separated text or a collection, each trimmed and empty ones
     * dropped, so a blank value is the empty list (the rule's one exception, for lists). A trailing dot is dropped: {@code com.example.}
     * is {@code com.example}; wildcards and anything but dotted Java names are refused.
     */
    private static List<String> frameworkPackages(Map<?, ?> settings) {
        String allowed = "package names separated by commas, such as com.example.platform, com.example.web (blank: none)";
        Object value = settings.get(MonitoringSettings.FRAMEWORK_PACKAGES);
        if (value == null) {
            return List.of();
        }
        Collection<?> items = value instanceof Collection<?> given ? given
                : value instanceof Object[] array ? List.of(array)
                : List.of(value.toString().split(",", -1));
        List<String> names = new ArrayList<>(items.size());
        for (Object item : items) {
            String name = String.valueOf(item).trim();
            if (name.isEmpty()) {
                continue; // as every list setting of the pack: empty elements dropped, so blank is the empty list
            }
            String withoutDot = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
            if (!QUALIFIED_NAME.matcher(withoutDot).matches()) {
                throw new InvalidSettingException(MonitoringSettings.FRAMEWORK_PACKAGES, value, allowed);
            }
            names.add(withoutDot);
        }
        return List.copyOf(names);
    }

    /**
     * The {@code MeterRegistry} instance given, or {@code null}. A registry cannot be named (by
     * class or bean name): anything but an instance is refused, and so is any value while
     * Micrometer is not on the classpath, rather than publishing silently somewhere else.
     */
    private static Object meterRegistry(Map<?, ?> settings) {
        String allowed = "an instance of " + METER_REGISTRY_TYPE + " (an object in the settings map, not a name)";
        Object value = value(settings, MonitoringSettings.METER_REGISTRY, allowed);
        if (value == null || isMeterRegistry(value.getClass())) {
            return value;
        }
        Object shown = value instanceof CharSequence ? value : "instance of " + value.getClass().getName();
        throw new InvalidSettingException(MonitoringSettings.METER_REGISTRY, shown,
                micrometerPresent() ? allowed : allowed + "; micrometer-core is not on the classpath");
    }

    private static boolean isMeterRegistry(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(METER_REGISTRY_TYPE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean micrometerPresent() {
        try {
            Class.forName(METER_REGISTRY_TYPE, false, MonitoringConfig.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
