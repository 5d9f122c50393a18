// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.lang.reflect.InvocationTargetException;
import java.time.Clock;
import java.util.Map;

import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.boot.registry.classloading.spi.ClassLoadingException;

import dev.hibernatepack.mixins.InvalidSettingException;
import dev.hibernatepack.mixins.MixinsSettings;
import dev.hibernatepack.mixins.spi.SettingValues;

/**
 * The mixins module's settings, read and validated once per service registry by
 * {@link MixinsRuntime}; the clock named by {@link MixinsSettings#CLOCK} is made here, once.
 *
 * @param enabled whether the integrator runs
 * @param clock the pack's clock
 * @param timeSource where timestamps come from
 */
public record MixinsConfig(boolean enabled, Clock clock, TimeSource timeSource) {

    /** Where timestamps come from. */
    public enum TimeSource { VM, DATABASE }

    private static final String CLOCK_ALLOWED = "a java.time.Clock instance, or a Clock subclass (Class or fully qualified"
            + " class name) with a public no-argument constructor";

    /**
     * Reads the settings, resolving class names through Hibernate's {@link ClassLoaderService} (the
     * application's class loaders); a bad value fails with {@link InvalidSettingException}.
     */
    static MixinsConfig from(Map<?, ?> settings, ClassLoaderService classLoaders) {
        SettingValues values = values(settings);
        return new MixinsConfig(
                values.bool(MixinsSettings.ENABLED, true),
                clock(values, classLoaders),
                values.choice(MixinsSettings.TIME_SOURCE, TimeSource.class, TimeSource.VM));
    }

    /** Reads only {@link MixinsSettings#ENABLED}, so a switched-off module validates nothing else. */
    public static boolean enabled(Map<?, ?> settings) {
        return values(settings).bool(MixinsSettings.ENABLED, true);
    }

    private static SettingValues values(Map<?, ?> settings) {
        return SettingValues.of(settings, InvalidSettingException::new);
    }

    private static Clock clock(SettingValues values, ClassLoaderService classLoaders) {
        Object value = values.value(MixinsSettings.CLOCK, CLOCK_ALLOWED);
        if (value == null) {
            return Clock.systemUTC();
        }
        if (value instanceof Clock clock) {
            return clock;
        }
        Class<?> type;
        if (value instanceof Class<?> c) {
            type = c;
        } else if (value instanceof String name) {
            try {
                type = classLoaders.classForName(name);
            } catch (ClassLoadingException | LinkageError e) {
                throw new InvalidSettingException(MixinsSettings.CLOCK, value, CLOCK_ALLOWED + " (class not found)", e);
            }
        } else {
            throw values.refuse(MixinsSettings.CLOCK, value, CLOCK_ALLOWED);
        }
        if (!Clock.class.isAssignableFrom(type)) {
            throw values.refuse(MixinsSettings.CLOCK, value, CLOCK_ALLOWED + " (" + type.getName() + " is not a Clock)");
        }
        try {
            return (Clock) type.getConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new InvalidSettingException(MixinsSettings.CLOCK, value, CLOCK_ALLOWED + " (cannot instantiate " + type.getName() + ")", e);
        }
    }
}
