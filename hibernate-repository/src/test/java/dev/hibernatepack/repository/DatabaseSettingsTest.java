// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSettingsTest {

    private static DatabaseSettings.Builder isolated() {
        return DatabaseSettings.builder().systemProperties(Map.of()).environment(Map.of());
    }

    @Test
    void defaultsAreThoseOfACommonPool() {
        DatabaseSettings settings = isolated().url("jdbc:h2:mem:x").load();

        assertThat(settings.url()).isEqualTo("jdbc:h2:mem:x");
        assertThat(settings.username()).isEmpty();
        assertThat(settings.password()).isEmpty();
        assertThat(settings.poolSize()).isEqualTo(5);
        assertThat(settings.maxOverflow()).isEqualTo(10);
        assertThat(settings.poolTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.poolRecycle()).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.prePing()).isTrue();
        assertThat(settings.replicaUrl()).isEmpty();
    }

    @Test
    void eachSettingComesFromTheFirstSourceThatHasIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("db.properties");
        Files.writeString(file, """
                hibernatepack.database.url=jdbc:h2:mem:from-file
                hibernatepack.database.pool_size=1
                hibernatepack.database.max_overflow=2
                hibernatepack.database.pool_timeout=3
                hibernatepack.database.username=file-user
                """);
        DatabaseSettings settings = DatabaseSettings.builder()
                .poolSize(7)
                .systemProperties(Map.of(DatabaseSettings.MAX_OVERFLOW, "8", DatabaseSettings.POOL_SIZE, "70"))
                .environment(Map.of("DATABASE_POOL_TIMEOUT", "9", "DATABASE_MAX_OVERFLOW", "80",
                        "DATABASE_PROPERTIES_FILE", file.toString()))
                .load();

        assertThat(settings.poolSize()).isEqualTo(7); // builder over system property
        assertThat(settings.maxOverflow()).isEqualTo(8); // system property over environment
        assertThat(settings.poolTimeout()).isEqualTo(Duration.ofSeconds(9)); // environment over file
        assertThat(settings.url()).isEqualTo("jdbc:h2:mem:from-file"); // file, when nothing else has it
        assertThat(settings.username()).contains("file-user");
    }

    @Test
    void aPostgresqlUrlBecomesAJdbcUrlWithItsUserAndPassword() {
        DatabaseSettings settings = isolated().url("postgresql://app:p%40ss:w+rd@db.example.com:6543/blog?sslmode=require").load();

        assertThat(settings.url()).isEqualTo("jdbc:postgresql://db.example.com:6543/blog?sslmode=require");
        assertThat(settings.username()).contains("app");
        assertThat(settings.password()).contains("p@ss:w+rd");

        assertThat(isolated().url("postgres://[::1]/blog").load().url()).isEqualTo("jdbc:postgresql://[::1]/blog");
        assertThat(isolated().url("postgresql://localhost").load().url()).isEqualTo("jdbc:postgresql://localhost/");
    }

    @Test
    void aUserOrPasswordSetOnItsOwnWinsOverTheOneInTheUrl() {
        DatabaseSettings settings = isolated().url("postgresql://app:secret@db/blog")
                .environment(Map.of("DATABASE_USERNAME", "admin", "DATABASE_PASSWORD", "other")).load();

        assertThat(settings.username()).contains("admin");
        assertThat(settings.password()).contains("other");
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsSourceAndWhatIsAllowed() {
        DatabaseSettings.Builder builder = DatabaseSettings.builder()
                .systemProperties(Map.of(DatabaseSettings.POOL_SIZE, "abc"))
                .environment(Map.of("DATABASE_URL", "mysql://root:hunter2@db/blog", "DATABASE_MAX_OVERFLOW", "-1",
                        "DATABASE_POOL_RECYCLE", "10", "DATABASE_POOL_PRE_PING", "maybe", "DATABASE_REPLICA_URL", "replica"));

        assertThatThrownBy(builder::load).isInstanceOfSatisfying(InvalidDatabaseSettingsException.class, e -> {
            assertThat(e.problems()).containsExactlyInAnyOrder(
                    "The value [mysql://root:****@db/blog] of the [DATABASE_URL] setting is not supported;"
                            + " allowed: a JDBC URL (jdbc:...) or postgresql://user:password@host:port/database (from the environment)",
                    "The value [replica] of the [DATABASE_REPLICA_URL] setting is not supported;"
                            + " allowed: a JDBC URL (jdbc:...) or postgresql://user:password@host:port/database (from the environment)",
                    "The value [abc] of the [hibernatepack.database.pool_size] setting is not supported;"
                            + " allowed: a whole number from 1 to 2147483647 (from a system property)",
                    "The value [-1] of the [DATABASE_MAX_OVERFLOW] setting is not supported;"
                            + " allowed: a whole number from 0 to 2147483647 (from the environment)",
                    "The value [10] of the [DATABASE_POOL_RECYCLE] setting is not supported;"
                            + " allowed: 0 (never) or a whole number of seconds from 30 to 2147483647 (from the environment)",
                    "The value [maybe] of the [DATABASE_POOL_PRE_PING] setting is not supported; allowed: true, false (from the environment)");
            assertThat(e.getMessage()).startsWith("Invalid database settings:\n - ").doesNotContain("hunter2");
        });
    }

    @Test
    void aMissingUrlSaysWhereToSetIt() {
        assertThatThrownBy(() -> isolated().load()).isInstanceOfSatisfying(InvalidDatabaseSettingsException.class,
                e -> assertThat(e.problems()).containsExactly("The [hibernatepack.database.url] setting is required; set the"
                        + " environment variable DATABASE_URL, the system property hibernatepack.database.url or the builder's url(...)"));
    }

    @Test
    void anUnreadablePropertiesFileIsAProblemToo(@TempDir Path dir) {
        Path missing = dir.resolve("nope.properties");
        assertThatThrownBy(() -> isolated().url("jdbc:h2:mem:x").propertiesFile(missing).load())
                .isInstanceOfSatisfying(InvalidDatabaseSettingsException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> assertThat(problem).startsWith("The value [" + missing + "] of the ["
                                + DatabaseSettings.PROPERTIES_FILE + "] setting is not supported; allowed: a readable properties file")
                                .endsWith("(from the builder)")));
    }

    @Test
    void aBlankValueIsRefusedNotTakenForTheDefault(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("db.properties");
        Files.writeString(file, "hibernatepack.database.max_overflow=\n");
        DatabaseSettings.Builder builder = isolated().url("jdbc:h2:mem:x")
                .systemProperties(Map.of(DatabaseSettings.POOL_SIZE, ""))
                .environment(Map.of("DATABASE_POOL_PRE_PING", "  ", "DATABASE_USERNAME", " ", "DATABASE_REPLICA_URL", "",
                        "DATABASE_PROPERTIES_FILE", file.toString()));

        assertThatThrownBy(builder::load).isInstanceOfSatisfying(InvalidDatabaseSettingsException.class, e -> {
            assertThat(e.problems()).hasSize(5).allSatisfy(problem -> assertThat(problem)
                    .contains("(a blank value is not a setting: remove it to use the default)"));
            assertThat(e.problems()).anySatisfy(problem -> assertThat(problem).startsWith(
                    "The value [] of the [hibernatepack.database.pool_size] setting is not supported; allowed: a whole number"));
            assertThat(e.problems()).anySatisfy(problem -> assertThat(problem).startsWith(
                    "The value [  ] of the [DATABASE_POOL_PRE_PING] setting is not supported; allowed: true, false"));
            assertThat(e.problems()).anySatisfy(problem -> assertThat(problem).contains("[DATABASE_USERNAME]"));
            assertThat(e.problems()).anySatisfy(problem -> assertThat(problem).contains("[DATABASE_REPLICA_URL]"));
            assertThat(e.problems()).anySatisfy(problem -> assertThat(problem).contains("[hibernatepack.database.max_overflow]")
                    .endsWith("(from the properties file " + file + ")"));
        });
        assertThatThrownBy(() -> isolated().environment(Map.of("DATABASE_URL", " ")).load())
                .isInstanceOfSatisfying(InvalidDatabaseSettingsException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> assertThat(problem).startsWith("The value [ ] of the [DATABASE_URL] setting is not supported")));
    }

    @Test
    void aPasswordIsTakenExactlyAsGivenAndMayBeEmpty() {
        assertThat(isolated().url("jdbc:h2:mem:x").environment(Map.of("DATABASE_PASSWORD", "")).load().password()).contains("");
        assertThat(isolated().url("jdbc:h2:mem:x").environment(Map.of("DATABASE_PASSWORD", " two spaces ")).load().password())
                .contains(" two spaces ");
        assertThat(isolated().url("postgresql://app:in-url@db/blog").password("").load().password())
                .as("an empty password set on its own still wins over the URL's").contains("");
    }

    @Test
    void booleansAreTrueOrFalseOnly() {
        assertThat(isolated().url("jdbc:h2:mem:x").environment(Map.of("DATABASE_POOL_PRE_PING", " FALSE ")).load().prePing()).isFalse();
        for (String word : new String[] {"yes", "no", "on", "off", "1", "0"}) {
            assertThatThrownBy(() -> isolated().url("jdbc:h2:mem:x").environment(Map.of("DATABASE_POOL_PRE_PING", word)).load())
                    .isInstanceOfSatisfying(InvalidDatabaseSettingsException.class, e -> assertThat(e.problems()).containsExactly(
                            "The value [" + word + "] of the [DATABASE_POOL_PRE_PING] setting is not supported; allowed: true, false"
                                    + " (from the environment)"));
        }
    }

    @Test
    void wholeNumbersTooLargeForTheirSettingAreRefusedNeverWrapped() {
        Map<String, String> huge = Map.of("DATABASE_POOL_SIZE", "99999999999999999999", "DATABASE_MAX_OVERFLOW", "2147483648",
                "DATABASE_POOL_TIMEOUT", "9223372036854775807", "DATABASE_POOL_RECYCLE", "2147483648");
        assertThatThrownBy(() -> isolated().url("jdbc:h2:mem:x").environment(huge).load())
                .isInstanceOfSatisfying(InvalidDatabaseSettingsException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "The value [99999999999999999999] of the [DATABASE_POOL_SIZE] setting is not supported;"
                                + " allowed: a whole number from 1 to 2147483647 (from the environment)",
                        "The value [2147483648] of the [DATABASE_MAX_OVERFLOW] setting is not supported;"
                                + " allowed: a whole number from 0 to 2147483647 (from the environment)",
                        "The value [9223372036854775807] of the [DATABASE_POOL_TIMEOUT] setting is not supported;"
                                + " allowed: a whole number of seconds from 1 to 2147483 (from the environment)",
                        "The value [2147483648] of the [DATABASE_POOL_RECYCLE] setting is not supported;"
                                + " allowed: 0 (never) or a whole number of seconds from 30 to 2147483647 (from the environment)"));
        DatabaseSettings largest = isolated().url("jdbc:h2:mem:x").environment(Map.of("DATABASE_POOL_SIZE", "2147483647",
                "DATABASE_MAX_OVERFLOW", "0", "DATABASE_POOL_TIMEOUT", "2147483", "DATABASE_POOL_RECYCLE", "2147483647")).load();
        assertThat(largest.poolSize()).isEqualTo(Integer.MAX_VALUE);
        assertThat(largest.poolTimeout()).isEqualTo(Duration.ofSeconds(2147483));
        assertThatThrownBy(() -> isolated().url("jdbc:h2:mem:x").poolSize(Integer.MAX_VALUE).maxOverflow(1).load())
                .isInstanceOfSatisfying(InvalidDatabaseSettingsException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> assertThat(problem).contains("at most 2147483647 connections")));
    }

    @Test
    void builderDurationsAreCheckedLikeTheOthers() {
        assertThatThrownBy(() -> isolated().url("jdbc:h2:mem:x").poolTimeout(Duration.ofMillis(10)).poolRecycle(Duration.ofSeconds(5)).load())
                .isInstanceOfSatisfying(InvalidDatabaseSettingsException.class, e -> assertThat(e.problems()).hasSize(2));
        assertThat(isolated().url("jdbc:h2:mem:x").poolRecycle(Duration.ZERO).load().poolRecycle()).isZero();
    }

    @Test
    void toStringNeverShowsAPassword() {
        String text = isolated().url("jdbc:postgresql://db/blog?user=app&password=s3cret&ssl=true").password("t0p").load().toString();
        String fromUrl = isolated().url("postgresql://app:s3cret@db/blog").replicaUrl("jdbc:postgresql://replica/blog?password=s3cret")
                .load().toString();

        assertThat(text).doesNotContain("s3cret").doesNotContain("t0p").contains("password=****").contains("ssl=true");
        assertThat(fromUrl).doesNotContain("s3cret").contains("username=app").contains("password=****");
    }
}
