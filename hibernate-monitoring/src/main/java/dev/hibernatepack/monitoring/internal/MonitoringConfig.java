// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import java.util.Locale;
import java.util.Map;
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
 */
public record MonitoringConfig(long slowThresholdNanos, boolean logSqlLiterals, NPlusOneMode nPlusOne, int nPlusOneThreshold,
        int maxShapes, boolean jmx, boolean micrometer, Object meterRegistry) {

    /** What to do about an N+1 pattern. */
    public enum NPlusOneMode { OFF, LOG, THROW }

    /** Whether the module is on; only {@link MonitoringSettings#ENABLED} is read. */
    public static boolean enabled(Map<?, ?> settings) {
        return bool(settings, MonitoringSettings.ENABLED, true);
    }

    /** Reads every setting; a bad value fails with {@link InvalidSettingException}. */
    public static MonitoringConfig from(Map<?, ?> settings) {
        long slowMillis = number(settings, MonitoringSettings.SLOW_QUERY_THRESHOLD_MS, 1000, 0, "a whole number of milliseconds >= 0 (0 turns the log off)");
        return new MonitoringConfig(
                TimeUnit.MILLISECONDS.toNanos(slowMillis),
                bool(settings, MonitoringSettings.LOG_SQL_LITERALS, false),
                mode(settings.get(MonitoringSettings.N_PLUS_ONE)),
                (int) number(settings, MonitoringSettings.N_PLUS_ONE_THRESHOLD, 5, 2, "a whole number >= 2"),
                (int) number(settings, MonitoringSettings.MAX_SHAPES, 1000, 1, "a whole number >= 1"),
                bool(settings, MonitoringSettings.JMX, true),
                bool(settings, MonitoringSettings.MICROMETER, true),
                settings.get(MonitoringSettings.METER_REGISTRY));
    }

    private static boolean bool(Map<?, ?> settings, String name, boolean fallback) {
        Object value = settings.get(name);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        return switch (value.toString().trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidSettingException(name, value, "true, false");
        };
    }

    private static long number(Map<?, ?> settings, String name, long fallback, long min, String allowed) {
        Object value = settings.get(name);
        if (value == null) {
            return fallback;
        }
        long parsed;
        if (value instanceof Number n && !(value instanceof Double) && !(value instanceof Float)) {
            parsed = n.longValue();
        } else {
            try {
                parsed = Long.parseLong(value.toString().trim());
            } catch (NumberFormatException e) {
                throw new InvalidSettingException(name, value, allowed);
            }
        }
        if (parsed < min) {
            throw new InvalidSettingException(name, value, allowed);
        }
        return parsed;
    }

    private static NPlusOneMode mode(Object value) {
        if (value == null) {
            return NPlusOneMode.LOG;
        }
        return switch (value.toString().trim().toLowerCase(Locale.ROOT)) {
            case "off" -> NPlusOneMode.OFF;
            case "log" -> NPlusOneMode.LOG;
            case "throw" -> NPlusOneMode.THROW;
            default -> throw new InvalidSettingException(MonitoringSettings.N_PLUS_ONE, value, "off, log, throw");
        };
    }
}
