// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.monitoring.testmodel.Author;
import dev.hibernatepack.monitoring.testmodel.Book;
import dev.hibernatepack.testing.LogCapture;
import dev.hibernatepack.testing.TestDatabase;

/**
 * Factories of one persistence unit name open at once (as Spring Boot names every unit
 * {@code default}) are monitored under distinct names, and each one's MBean and meters go with it.
 */
class FactoryNamesIT {

    private static final String UNIT = "names-unit";

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void skipWhenTheDatabaseIsMissing() {
        TestDatabase.current().assumeAvailable();
    }

    /** A factory of the JPA bootstrap, named only by its persistence unit, as Spring Boot builds them. */
    private SessionFactory unit(String database) {
        return new HibernatePersistenceConfiguration(UNIT)
                .managedClasses(List.of(Author.class, Book.class))
                .properties(TestDatabase.current().connectionSettings(database))
                .property(MonitoringSettings.METER_REGISTRY, registry)
                .createEntityManagerFactory();
    }

    private static ObjectName mbean(String name) throws Exception {
        return new ObjectName("dev.hibernatepack.monitoring:type=QueryMonitor,name=" + ObjectName.quote(name));
    }

    private static void select(SessionFactory factory, int times) {
        factory.inSession(session -> {
            for (int i = 0; i < times; i++) {
                session.createNativeQuery("select 1", Integer.class).getSingleResult();
            }
        });
    }

    private double selects(String name) {
        return registry.get("hibernatepack.queries").tags("session_factory", name, "kind", "select").functionCounter().count();
    }

    @Test
    void twoOpenFactoriesOfOneUnitNameHaveDistinctNamesMBeansAndMeters() throws Exception {
        try (LogCapture log = LogCapture.of("dev.hibernatepack.monitoring.internal.MonitoringIntegrator");
                SessionFactory first = unit("names-first");
                SessionFactory second = unit("names-second")) {
            select(first, 1);
            select(second, 2);

            assertThat(first.getName()).isEqualTo(UNIT);
            assertThat(second.getName()).isEqualTo(UNIT);
            assertThat(QueryMonitor.of(first).orElseThrow().snapshot().sessionFactory()).isEqualTo(UNIT);
            assertThat(QueryMonitor.of(second).orElseThrow().snapshot().sessionFactory()).isEqualTo(UNIT + "-2");
            assertThat((Long) server.getAttribute(mbean(UNIT), "SelectCount")).isEqualTo(1L);
            assertThat((Long) server.getAttribute(mbean(UNIT + "-2"), "SelectCount")).isEqualTo(2L);
            assertThat(selects(UNIT)).isEqualTo(1.0);
            assertThat(selects(UNIT + "-2")).isEqualTo(2.0);
            assertThat(log.messages()).noneSatisfy(line -> assertThat(line).contains("not registered"))
                    .contains("Session factory " + UNIT + " is monitored as " + UNIT + "-2: another open session factory has the name "
                            + UNIT);
        }
        assertThat(server.isRegistered(mbean(UNIT))).isFalse();
        assertThat(server.isRegistered(mbean(UNIT + "-2"))).isFalse();
        assertThat(registry.getMeters()).isEmpty();
    }

    @Test
    void closingOneFactoryRemovesItsMBeanAndMetersOnlyAndFreesItsName() throws Exception {
        try (SessionFactory first = unit("names-first")) {
            try (SessionFactory second = unit("names-second")) {
                select(second, 1);
                assertThat(server.isRegistered(mbean(UNIT + "-2"))).isTrue();
            }
            select(first, 1);

            assertThat(server.isRegistered(mbean(UNIT + "-2"))).isFalse();
            assertThat(registry.find("hibernatepack.queries").tag("session_factory", UNIT + "-2").meters()).isEmpty();
            assertThat(registry.find("hibernatepack.n_plus_one.findings").tag("session_factory", UNIT + "-2").meters()).isEmpty();
            assertThat((Long) server.getAttribute(mbean(UNIT), "SelectCount")).isEqualTo(1L);
            assertThat(selects(UNIT)).isEqualTo(1.0);

            // The next factory of that unit takes the freed name: names stay the same from one start to the next.
            try (SessionFactory third = unit("names-third")) {
                assertThat(QueryMonitor.of(third).orElseThrow().snapshot().sessionFactory()).isEqualTo(UNIT + "-2");
                assertThat(server.isRegistered(mbean(UNIT + "-2"))).isTrue();
            }
        }
        assertThat(server.isRegistered(mbean(UNIT))).isFalse();
        assertThat(registry.getMeters()).isEmpty();
    }

    @Test
    void aFactoryThatFailsToStartFreesItsName() throws Exception {
        try (SessionFactory first = unit("names-first")) {
            // Hibernate gives up after the integrators ran: the schema validation finds no tables.
            var failing = new HibernatePersistenceConfiguration(UNIT)
                    .managedClasses(List.of(Author.class, Book.class))
                    .properties(TestDatabase.current().connectionSettings("names-failing"))
                    .property("hibernate.hbm2ddl.auto", "validate")
                    .property("hibernate.default_schema", "names_schema_that_does_not_exist");
            org.assertj.core.api.Assertions.assertThatThrownBy(failing::createEntityManagerFactory);

            assertThat(server.isRegistered(mbean(UNIT + "-2"))).isFalse();
            try (SessionFactory second = unit("names-second")) {
                assertThat(QueryMonitor.of(second).orElseThrow().snapshot().sessionFactory()).isEqualTo(UNIT + "-2");
            }
        }
    }
}
