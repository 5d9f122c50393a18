// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;

import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import io.micrometer.core.instrument.Metrics;

import dev.hibernatepack.monitoring.QueryCounts;
import dev.hibernatepack.monitoring.QueryMonitor;

/**
 * A second context of the application in the same JVM, as a test suite with two configurations
 * starts one: Spring Boot names both persistence units {@code default}, and the monitoring module
 * tells their factories apart ({@code default}, {@code default-2}) in MBeans and meters, and removes
 * the second's when it closes. Runs after the shared context's classes, since it makes one more
 * resolver bean.
 */
@NewsroomTest
@Order(Integer.MAX_VALUE)
@ExtendWith(OutputCaptureExtension.class)
class SecondContextUnderBootIT {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void aSecondContextsFactoryIsDefault2InItsMBeanAndMetersWhichGoWhenItCloses(CapturedOutput output) throws Exception {
        assertThat(name(entityManagerFactory)).isEqualTo("default");
        int resolvers = EditorResolver.instances();

        try (ConfigurableApplicationContext second = start("--spring.datasource.url=jdbc:h2:mem:newsroom-second;DB_CLOSE_DELAY=-1")) {
            assertThat(name(second.getBean(EntityManagerFactory.class))).isEqualTo("default-2");
            assertThat(mbeans().isRegistered(mbean("default"))).isTrue();
            assertThat(mbeans().isRegistered(mbean("default-2"))).isTrue();
            assertThat(meters("default")).isPositive();
            assertThat(meters("default-2")).isPositive();
            assertThat(EditorResolver.instances()).as("the second context's resolver bean, and no other").isEqualTo(resolvers + 1);
        }

        assertThat(mbeans().isRegistered(mbean("default-2"))).isFalse();
        assertThat(meters("default-2")).isZero();
        assertThat(mbeans().isRegistered(mbean("default"))).isTrue();
        assertThat(meters("default")).isPositive();
        assertThat(name(entityManagerFactory)).isEqualTo("default");
        assertThat(output.getAll()).doesNotContain("not registered").doesNotContain("already registered");
    }

    @Test
    void theApplicationsFrameworkPackagesAreSkippedToTheirCaller() {
        try (ConfigurableApplicationContext second = start("--spring.datasource.url=jdbc:h2:mem:newsroom-packages;DB_CLOSE_DELAY=-1",
                "--spring.jpa.properties.hibernatepack.monitoring.framework_packages=" + ArticleService.class.getName())) {
            ArticleService service = second.getBean(ArticleService.class);
            second.getBean(CurrentEditor.class).as("ada", () -> {
                for (int i = 1; i <= 4; i++) {
                    Article article = service.publish("Article " + i, "tech", "Body.");
                    service.comment(article.getId(), "reader", "On article " + i + ".");
                }
            });

            QueryCounts.Counts counts = QueryCounts.record(() -> service.listWithComments());

            assertThat(counts.nPlusOne()).singleElement().satisfies(finding -> assertThat(finding.callSite())
                    .startsWith(SecondContextUnderBootIT.class.getName()
                            + ".theApplicationsFrameworkPackagesAreSkippedToTheirCaller(SecondContextUnderBootIT.java:")
                    .doesNotContain("ArticleService"));
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(NewsroomApplication.class).web(WebApplicationType.NONE).run(args);
    }

    private static String name(EntityManagerFactory factory) {
        return QueryMonitor.of(factory.unwrap(SessionFactory.class)).orElseThrow().snapshot().sessionFactory();
    }

    private static MBeanServer mbeans() {
        return ManagementFactory.getPlatformMBeanServer();
    }

    private static ObjectName mbean(String name) throws MalformedObjectNameException {
        return new ObjectName("dev.hibernatepack.monitoring:type=QueryMonitor,name=" + ObjectName.quote(name));
    }

    private static int meters(String sessionFactory) {
        return Metrics.globalRegistry.find("hibernatepack.queries").tag("session_factory", sessionFactory).meters().size();
    }
}
