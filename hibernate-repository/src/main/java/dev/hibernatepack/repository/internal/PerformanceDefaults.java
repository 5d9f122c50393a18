// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.internal;

import java.util.Map;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.service.spi.ServiceContributor;

import dev.hibernatepack.repository.Database;

/**
 * Adds {@link Database#PERFORMANCE_DEFAULTS} to a factory that {@code Database} builds, for each
 * setting no source gave: at this point Hibernate has merged the application's map,
 * {@code persistence.xml} and system properties, so theirs win. Found through
 * {@code META-INF/services}; other factories are left alone.
 */
public final class PerformanceDefaults implements ServiceContributor {

    @Override
    public void contribute(StandardServiceRegistryBuilder builder) {
        // getSettings() is marked internal, but it is the only view of what the application configured.
        Map<String, Object> settings = builder.getSettings();
        if (!(settings.get(AvailableSettings.CONNECTION_PROVIDER) instanceof PooledConnections)) {
            return;
        }
        Database.PERFORMANCE_DEFAULTS.forEach((name, value) -> {
            if (!settings.containsKey(name)) {
                builder.applySetting(name, value);
            }
        });
    }
}
