// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.lang.reflect.InvocationTargetException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.boot.registry.classloading.spi.ClassLoadingException;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.service.ServiceRegistry;

import dev.hibernatepack.mixins.InvalidSettingException;
import dev.hibernatepack.mixins.MixinsSettings;

/**
 * The mixins module's settings, read and validated once at boot.
 *
 * @param enabled whether the integrator runs
 * @param clock the pack's clock
 * @param timeSource where timestamps come from
 */
public record MixinsConfig(boolean enabled, Clock clock, TimeSource timeSource) {

    /** Where timestamps come from. */
    public enum TimeSource { VM, DATABASE }

    /**
     * Reads the settings of a service registry, resolving class names through Hibernate's
     * {@link ClassLoaderService} (the application's class loaders); a bad value fails with
     * {@link InvalidSettingException}.
     */
    public static MixinsConfig from(ServiceRegistry registry) {
        Map<?, ?> settings = registry.requireService(ConfigurationService.class).getSettings();
        ClassLoaderService classLoaders = registry.requireService(ClassLoaderService.class);
        return new MixinsConfig(
                enabled(settings),
                clock(settings.get(MixinsSettings.CLOCK), classLoaders),
                timeSource(settings.get(MixinsSettings.TIME_SOURCE)));
    }

    /** Reads only {@link MixinsSettings#ENABLED}, so a switched-off module validates nothing else. */
    public static boolean enabled(Map<?, ?> settings) {
        Object value = settings.get(MixinsSettings.ENABLED);
        if (value == null || value instanceof Boolean) {
            return value == null || (Boolean) value;
        }
        return switch (value.toString().trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidSettingException(MixinsSettings.ENABLED, value, "true, false");
        };
    }

    private static Clock clock(Object value, ClassLoaderService classLoaders) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return Clock.systemUTC();
        }
        if (value instanceof Clock clock) {
            return clock;
        }
        String allowed = "a java.time.Clock instance, or a Clock subclass (Class or fully qualified class name)"
                + " with a public no-argument constructor";
        Class<?> type;
        if (value instanceof Class<?> c) {
            type = c;
        } else if (value instanceof String name) {
            try {
                type = classLoaders.classForName(name.trim());
            } catch (ClassLoadingException | LinkageError e) {
                throw new InvalidSettingException(MixinsSettings.CLOCK, value, allowed + " (class not found)", e);
            }
        } else {
            throw new InvalidSettingException(MixinsSettings.CLOCK, value, allowed);
        }
        if (!Clock.class.isAssignableFrom(type)) {
            throw new InvalidSettingException(MixinsSettings.CLOCK, value, allowed + " (" + type.getName() + " is not a Clock)");
        }
        try {
            return (Clock) type.getConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new InvalidSettingException(MixinsSettings.CLOCK, value, allowed + " (cannot instantiate " + type.getName() + ")", e);
        }
    }

    private static TimeSource timeSource(Object value) {
        if (value == null) {
            return TimeSource.VM;
        }
        if (value instanceof TimeSource source) {
            return source;
        }
        return switch (value.toString().trim().toLowerCase(Locale.ROOT)) {
            case "vm", "" -> TimeSource.VM;
            case "database", "db" -> TimeSource.DATABASE;
            default -> throw new InvalidSettingException(MixinsSettings.TIME_SOURCE, value, "vm, database");
        };
    }
}
