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
                    "url: [mysql://root:****@db/blog] (from environment variable DATABASE_URL) is not allowed;"
                            + " allowed: a JDBC URL (jdbc:...) or postgresql://user:password@host:port/database",
                    "replica_url: [replica] (from environment variable DATABASE_REPLICA_URL) is not allowed;"
                            + " allowed: a JDBC URL (jdbc:...) or postgresql://user:password@host:port/database",
                    "pool_size: [abc] (from system property hibernatepack.database.pool_size) is not allowed;"
                            + " allowed: a whole number >= 1",
                    "max_overflow: [-1] (from environment variable DATABASE_MAX_OVERFLOW) is not allowed; allowed: a whole number >= 0",
                    "pool_recycle: [10] (from environment variable DATABASE_POOL_RECYCLE) is not allowed;"
                            + " allowed: 0 (never) or a whole number of seconds >= 30",
                    "pool_pre_ping: [maybe] (from environment variable DATABASE_POOL_PRE_PING) is not allowed; allowed: true or false");
            assertThat(e.getMessage()).startsWith("Invalid database settings:\n - ").doesNotContain("hunter2");
        });
    }

    @Test
    void aMissingUrlSaysWhereToSetIt() {
        assertThatThrownBy(() -> isolated().load()).isInstanceOfSatisfying(InvalidDatabaseSettingsException.class,
                e -> assertThat(e.problems()).containsExactly("url: missing; set the environment variable DATABASE_URL,"
                        + " the system property hibernatepack.database.url or the builder's url(...)"));
    }

    @Test
    void anUnreadablePropertiesFileIsAProblemToo(@TempDir Path dir) {
        Path missing = dir.resolve("nope.properties");
        assertThatThrownBy(() -> isolated().url("jdbc:h2:mem:x").propertiesFile(missing).load())
                .isInstanceOfSatisfying(InvalidDatabaseSettingsException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> assertThat(problem).startsWith("properties_file: [" + missing + "] (from the builder)"
                                + " cannot be read")));
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
