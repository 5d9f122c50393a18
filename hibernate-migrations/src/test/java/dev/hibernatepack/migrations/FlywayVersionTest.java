// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The tests run on the Flyway the build means them to: the pack's own version here, the one
 * Spring Boot manages in {@code compat/flyway-boot} (the system property {@value #EXPECTED}).
 */
class FlywayVersionTest {

    static final String EXPECTED = "hibernatepack.test.flyway.version";

    @Test
    void runsOnTheFlywayVersionTheBuildSelected() throws IOException {
        String expected = System.getProperty(EXPECTED);
        assumeTrue(expected != null && !expected.isBlank(), "no Flyway version expected by this build");
        Properties pom = new Properties();
        try (InputStream in = Flyway.class.getResourceAsStream("/META-INF/maven/org.flywaydb/flyway-core/pom.properties")) {
            assertThat(in).as("flyway-core's pom.properties").isNotNull();
            pom.load(in);
        }
        assertThat(pom.getProperty("version")).isEqualTo(expected);
    }
}
