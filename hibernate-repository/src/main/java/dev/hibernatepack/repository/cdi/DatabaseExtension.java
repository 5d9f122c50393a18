// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.cdi;

import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;

import dev.hibernatepack.mixins.spi.SettingValues;

/**
 * A CDI portable extension (loaded by the container from {@code META-INF/services}) that adds
 * {@link DatabaseProducer} when {@link #PERSISTENCE_UNIT} is set, so that a Jakarta EE or Weld SE
 * application gets an injectable {@code Database} from configuration alone. Unset, it adds
 * nothing, and an application's own {@code Database} producer meets no rival.
 */
public class DatabaseExtension implements Extension {

    /**
     * The persistence unit of {@code META-INF/persistence.xml} whose entities and properties the
     * CDI {@code Database} uses, its JDBC URL, user and password included unless
     * {@code hibernatepack.database.url} is set: a system property, or the environment variable
     * {@code DATABASE_PERSISTENCE_UNIT}. No default; a blank value is refused when the container starts.
     */
    public static final String PERSISTENCE_UNIT = "hibernatepack.database.persistence_unit";

    private static final String PERSISTENCE_UNIT_ENV = "DATABASE_PERSISTENCE_UNIT";

    void addProducer(@Observes BeforeBeanDiscovery event) {
        if (configuredUnit() != null) {
            event.addAnnotatedType(DatabaseProducer.class, DatabaseProducer.class.getName());
        }
    }

    /** The configured unit; fails naming the setting when there is none. */
    static String persistenceUnit() {
        String unit = configuredUnit();
        if (unit == null) {
            throw new IllegalStateException("No persistence unit for the CDI Database: set the system property " + PERSISTENCE_UNIT
                    + " or the environment variable " + PERSISTENCE_UNIT_ENV + " to the name of a unit in META-INF/persistence.xml");
        }
        return unit;
    }

    /** The unit named by the system property, else the environment; trimmed, a blank one refused as every pack setting is. */
    private static String configuredUnit() {
        String property = System.getProperty(PERSISTENCE_UNIT);
        String name = property != null ? PERSISTENCE_UNIT : PERSISTENCE_UNIT_ENV;
        String unit = property != null ? property : System.getenv(PERSISTENCE_UNIT_ENV);
        if (unit == null) {
            return null;
        }
        return SettingValues.of(Map.of(name, unit), (setting, value, allowed) -> new IllegalArgumentException("The value [" + value
                + "] of the [" + setting + "] setting is not supported; allowed: " + allowed))
                .value(name, "the name of a persistence unit in META-INF/persistence.xml").toString();
    }
}
