// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.SortedSet;
import java.util.TreeSet;

import org.hibernate.jpa.boot.spi.PersistenceUnitDescriptor;
import org.hibernate.jpa.boot.spi.PersistenceXmlParser;

/**
 * The persistence units of {@code META-INF/persistence.xml}, read by Hibernate's own parser from
 * the class loaders {@code Persistence.createEntityManagerFactory} searches, so that the unit whose
 * properties are read here is the unit Hibernate then boots.
 */
public final class PersistenceUnits {

    /** One unit: its properties as written, and the data source it names, if any. */
    public record Unit(String name, Map<String, String> properties, Optional<String> dataSource) {
    }

    private final Map<String, Unit> units;

    private PersistenceUnits(Map<String, Unit> units) {
        this.units = units;
    }

    /** Every unit of every {@code META-INF/persistence.xml} visible to this thread. */
    public static PersistenceUnits read() {
        PersistenceXmlParser parser = PersistenceXmlParser.create();
        var classLoaders = parser.getClassLoaderService();
        try {
            Map<String, Unit> units = new TreeMap<>();
            var files = classLoaders.locateResources("META-INF/persistence.xml");
            if (!files.isEmpty()) {
                parser.parse(files).forEach((name, descriptor) -> units.put(name, unit(descriptor)));
            }
            return new PersistenceUnits(units);
        } finally {
            classLoaders.stop();
        }
    }

    private static Unit unit(PersistenceUnitDescriptor descriptor) {
        Map<String, String> properties = new TreeMap<>();
        descriptor.getProperties().forEach((key, value) -> properties.put(key.toString(), value.toString()));
        Object dataSource = descriptor.getJtaDataSource() != null ? descriptor.getJtaDataSource() : descriptor.getNonJtaDataSource();
        return new Unit(descriptor.getName(), Collections.unmodifiableMap(properties), Optional.ofNullable(dataSource).map(Object::toString));
    }

    /** The unit named {@code name}, if there is one. */
    public Optional<Unit> unit(String name) {
        return Optional.ofNullable(units.get(name));
    }

    /** The names of all units, sorted. */
    public SortedSet<String> names() {
        return new TreeSet<>(units.keySet());
    }

    /** The value of the first of {@code keys} the unit sets, with that key. */
    public static Optional<Map.Entry<String, String>> first(Unit unit, List<String> keys) {
        for (String key : keys) {
            String value = unit.properties().get(key);
            if (value != null) {
                return Optional.of(Map.entry(key, value));
            }
        }
        return Optional.empty();
    }
}
