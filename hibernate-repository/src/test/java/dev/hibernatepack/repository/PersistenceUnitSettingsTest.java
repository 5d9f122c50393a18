// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * {@code DatabaseSettings.builder().persistenceUnit(name)}: the units of the test
 * {@code META-INF/persistence.xml} give the database when no source sets the URL.
 */
class PersistenceUnitSettingsTest {

    private static DatabaseSettings.Builder isolated() {
        return DatabaseSettings.builder().systemProperties(Map.of()).environment(Map.of());
    }

    @Test
    void theUnitsJdbcPropertiesGiveTheDatabaseWhenNoSourceSetsTheUrl() {
        DatabaseSettings settings = isolated().persistenceUnit("unit-jakarta").poolSize(2).load();

        assertThat(settings.url()).isEqualTo("jdbc:h2:mem:unit-jakarta");
        assertThat(settings.username()).contains("unit-user");
        assertThat(settings.password()).as("a password is taken as given").contains(" Qx7@Vb8 Wn9 ");
        assertThat(settings.poolSize()).isEqualTo(2);
        DatabaseUrlPasswordTest.showsNoPartOf(settings.toString(), " Qx7@Vb8 Wn9 ");
    }

    @Test
    void aUrlSettingWinsAndTakesNoneOfTheUnitsUserAndPassword() {
        DatabaseSettings fromEnvironment = DatabaseSettings.builder().systemProperties(Map.of())
                .environment(Map.of("DATABASE_URL", "jdbc:h2:mem:from-environment")).persistenceUnit("unit-jakarta").load();
        assertThat(fromEnvironment.url()).isEqualTo("jdbc:h2:mem:from-environment");
        assertThat(fromEnvironment.username()).isEmpty();
        assertThat(fromEnvironment.password()).isEmpty();

        DatabaseSettings fromBuilder = isolated().url("postgresql://app:s3cret@db/blog").persistenceUnit("unit-jakarta").load();
        assertThat(fromBuilder.url()).isEqualTo("jdbc:postgresql://db/blog");
        assertThat(fromBuilder.username()).contains("app");
        assertThat(fromBuilder.password()).contains("s3cret");
    }

    @Test
    void userAndPasswordSettingsWinOverTheUnitsOwn() {
        DatabaseSettings settings = DatabaseSettings.builder().systemProperties(Map.of(DatabaseSettings.USERNAME, "app"))
                .environment(Map.of("DATABASE_PASSWORD", "from-the-environment")).persistenceUnit("unit-jakarta").load();

        assertThat(settings.url()).isEqualTo("jdbc:h2:mem:unit-jakarta");
        assertThat(settings.username()).contains("app");
        assertThat(settings.password()).contains("from-the-environment");
    }

    @Test
    void hibernatesConnectionPropertiesWinOverJpasAsHibernateReadsThem() {
        DatabaseSettings settings = isolated().persistenceUnit("unit-hibernate").load();

        assertThat(settings.url()).isEqualTo("jdbc:h2:mem:unit-hibernate");
        assertThat(settings.username()).contains("hibernate-user");
        assertThat(settings.password()).contains("hibernate-password");
    }

    @Test
    void aUnitWithoutAUrlIsRefusedSayingWhereAUrlMayBeGiven() {
        assertThatThrownBy(() -> isolated().persistenceUnit("unit-without-url").load())
                .isInstanceOfSatisfying(InvalidDatabaseSettingsException.class, e -> assertThat(e.problems()).containsExactly(
                        "The [hibernatepack.database.url] setting is required; set the environment variable DATABASE_URL, the system"
                                + " property hibernatepack.database.url or the builder's url(...), or the property"
                                + " jakarta.persistence.jdbc.url (or hibernate.connection.url) of the persistence unit [unit-without-url]"
                                + " (its data source [java:comp/env/jdbc/notes] is not used: the pack pools its own connections; to run"
                                + " on the container's, give repositories SessionSource.of(entityManager))"));
    }

    @Test
    void aUnitNoPersistenceXmlHasIsRefusedListingTheUnits() {
        assertThatThrownBy(() -> isolated().url("jdbc:h2:mem:x").persistenceUnit("nowhere").load())
                .isInstanceOfSatisfying(InvalidDatabaseSettingsException.class, e -> assertThat(e.problems()).containsExactly(
                        "The persistence unit [nowhere] is not in META-INF/persistence.xml; allowed: notes, proxies,"
                                + " unit-blank-user, unit-hibernate, unit-jakarta, unit-without-url, unit-wrong-password"));
        assertThatThrownBy(() -> isolated().persistenceUnit(" ").load())
                .isInstanceOfSatisfying(InvalidDatabaseSettingsException.class, e -> assertThat(e.problems()).contains(
                        "The persistence unit [ ] is not supported; allowed: the name of a unit in META-INF/persistence.xml"
                                + " (a blank value is not a name)"));
    }

    @Test
    void theUnitsValuesFollowTheSettingsRuleAndNeverShowThePassword() {
        assertThatThrownBy(() -> isolated().persistenceUnit("unit-blank-user").load())
                .isInstanceOfSatisfying(InvalidDatabaseSettingsException.class, e -> {
                    assertThat(e.problems()).containsExactly("The value [ ] of the [jakarta.persistence.jdbc.user] setting is not"
                            + " supported; allowed: a user name (a blank value is not a setting: remove it to use the default)"
                            + " (from the persistence unit [unit-blank-user])");
                    DatabaseUrlPasswordTest.showsNoPartOf(DatabaseStartupTest.stackTrace(e), "Qx7@Vb8:Wn9");
                });
    }
}
