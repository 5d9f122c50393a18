// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;

import javax.management.ObjectName;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.monitoring.testmodel.Author;
import dev.hibernatepack.monitoring.testmodel.Book;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.TestDatabase;
import dev.hibernatepack.testing.TestSessionFactories;

/** The statistics over JMX and as Micrometer meters; both go away with their factory. */
class ExportIT {

    private static final List<Class<?>> ENTITIES = List.of(Author.class, Book.class);

    @BeforeEach
    void skipWhenTheDatabaseIsMissing() {
        TestDatabase.current().assumeAvailable();
    }

    @Test
    void theFactoryStatisticsAreAnMBeanWhileItIsOpen() throws Exception {
        ObjectName name = new ObjectName("dev.hibernatepack.monitoring:type=QueryMonitor,name=" + ObjectName.quote("export-jmx"));
        var server = ManagementFactory.getPlatformMBeanServer();
        try (SessionFactoryScope scope = TestSessionFactories.open(ENTITIES,
                Map.of(AvailableSettings.SESSION_FACTORY_NAME, "export-jmx", AvailableSettings.STATEMENT_BATCH_SIZE, "10"), "export-jmx")) {
            scope.inSession(session -> session.createSelectionQuery("from Author", Author.class).getResultList());

            assertThat((Long) server.getAttribute(name, "SelectCount")).isEqualTo(1L);
            assertThat((String[]) server.getAttribute(name, "TopShapes")).anySatisfy(line -> assertThat(line).startsWith("1 x, ")
                    .contains("from Author"));
            assertThat((String) server.getAttribute(name, "Json")).startsWith("{\"sessionFactory\":\"export-jmx\",").contains("},\"count\":1,");
            scope.inTransaction(session -> {
                for (int i = 0; i < 3; i++) {
                    session.persist(new Author("author " + i));
                }
            });
            assertThat((String[]) server.getAttribute(name, "TopShapes")).anySatisfy(line -> assertThat(line).startsWith("1 x (3 rows), ")
                    .containsIgnoringCase("insert into author"));
            server.invoke(name, "reset", null, null);
            assertThat((Long) server.getAttribute(name, "StatementCount")).isZero();
        }
        assertThat(server.isRegistered(name)).isFalse();
    }

    @Test
    void theStatisticsAreMicrometerMetersInTheGivenRegistry() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (SessionFactoryScope scope = TestSessionFactories.open(ENTITIES, Map.of(AvailableSettings.SESSION_FACTORY_NAME,
                "export-meters", MonitoringSettings.METER_REGISTRY, registry), "export-meters")) {
            scope.inTransaction(session -> session.persist(new Author("Ada")));
            scope.inSession(session -> session.createSelectionQuery("from Author", Author.class).getResultList());

            assertThat(registry.get("hibernatepack.queries").tags("session_factory", "export-meters", "kind", "insert")
                    .functionCounter().count()).isEqualTo(1.0);
            assertThat(registry.get("hibernatepack.queries.time").tag("session_factory", "export-meters").functionTimer().count())
                    .isGreaterThanOrEqualTo(2.0);
            assertThat(registry.get("hibernatepack.queries.max").gauge().value()).isPositive();
        }
        assertThat(registry.find("hibernatepack.queries").meters()).isEmpty();
    }
}
