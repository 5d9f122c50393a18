// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.management.ObjectName;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.monitoring.testmodel.Author;
import dev.hibernatepack.monitoring.testmodel.Book;
import dev.hibernatepack.testing.TestDatabase;

/** Each factory has statistics of its own, even when several are built from one service registry. */
class PerFactoryIT {

    @BeforeEach
    void skipWhenTheDatabaseIsMissing() {
        TestDatabase.current().assumeAvailable();
    }

    private static Metadata metadata(StandardServiceRegistry registry) {
        return new MetadataSources(registry).addAnnotatedClass(Author.class).addAnnotatedClass(Book.class).buildMetadata();
    }

    @Test
    void twoFactoriesOfOneServiceRegistryCountTheirOwnStatements() throws Exception {
        Map<String, Object> settings = new LinkedHashMap<>(TestDatabase.current().connectionSettings("per-factory"));
        settings.put(AvailableSettings.HBM2DDL_AUTO, "create-drop");
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            try (var first = metadata(registry).getSessionFactoryBuilder().applyName("per-factory-first").build()
                            .unwrap(SessionFactoryImplementor.class);
                    var second = metadata(registry).getSessionFactoryBuilder().applyName("per-factory-second").build()
                            .unwrap(SessionFactoryImplementor.class)) {
                QueryMonitor firstMonitor = QueryMonitor.of(first).orElseThrow();
                QueryMonitor secondMonitor = QueryMonitor.of(second).orElseThrow();
                firstMonitor.reset();
                secondMonitor.reset();

                first.inSession(session -> session.createSelectionQuery("from Author", Author.class).getResultList());
                first.inSession(session -> session.createSelectionQuery("from Book", Book.class).getResultList());
                second.inSession(session -> session.createSelectionQuery("from Author", Author.class).getResultList());

                assertThat(firstMonitor.snapshot().count(QueryKind.SELECT)).isEqualTo(2);
                assertThat(firstMonitor.snapshot().sessionFactory()).isEqualTo("per-factory-first");
                assertThat(secondMonitor.snapshot().count(QueryKind.SELECT)).isEqualTo(1);
                assertThat(secondMonitor.snapshot().sessionFactory()).isEqualTo("per-factory-second");
                var server = ManagementFactory.getPlatformMBeanServer();
                assertThat((Long) server.getAttribute(new ObjectName("dev.hibernatepack.monitoring:type=QueryMonitor,name="
                        + ObjectName.quote("per-factory-second")), "SelectCount")).isEqualTo(1L);
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
