// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Passwords in a {@code postgresql://} URL: which are accepted, and that no part of one is ever shown. */
class DatabaseUrlPasswordTest {

    /** Passwords with every character that has a meaning in a URL; their letters and digits are the fragments to look for. */
    static final List<String> NASTY = List.of("Qx7@Vb8", "Qx7:Vb8@Wn9", "Qx7/Vb8", "Qx7%Vb8", "Qx7?Vb8", "Qx7#Vb8",
            "Qx7@Vb8:Wn9/Kp3%Zr4?Jt5#Lm6", "@Qx7:", "Qx7%40Vb8", "Qx7+Vb8 Wn9");

    static List<String> fragments(String password) {
        return Arrays.stream(password.split("[^A-Za-z0-9]+")).filter(part -> part.length() >= 3).toList();
    }

    static void showsNoPartOf(String text, String password) {
        for (String fragment : fragments(password)) {
            assertThat(text).as("a part of the password [%s]", password).doesNotContain(fragment);
        }
    }

    private static DatabaseSettings.Builder isolated(String url) {
        return DatabaseSettings.builder().systemProperties(Map.of()).environment(Map.of("DATABASE_URL", url));
    }

    @Test
    void aPasswordWithARawAtSignOrColonIsReadWhole() {
        DatabaseSettings settings = isolated("postgresql://user:p@ss:w0rd@db.example.com/blog").load();

        assertThat(settings.username()).contains("user");
        assertThat(settings.password()).contains("p@ss:w0rd");
        assertThat(settings.url()).isEqualTo("jdbc:postgresql://db.example.com/blog");
        assertThat(isolated("postgresql://user:Qx7:Vb8@Wn9@[::1]:6543/blog?sslmode=require").load())
                .satisfies(s -> assertThat(s.password()).contains("Qx7:Vb8@Wn9"))
                .satisfies(s -> assertThat(s.url()).isEqualTo("jdbc:postgresql://[::1]:6543/blog?sslmode=require"));
    }

    @Test
    void everyPasswordPercentEncodedIsReadExactly() {
        for (String password : NASTY) {
            String encoded = URLEncoder.encode(password, StandardCharsets.UTF_8).replace("+", "%20");
            DatabaseSettings settings = isolated("postgresql://app:" + encoded + "@db/blog").load();

            assertThat(settings.password()).as(encoded).contains(password);
            assertThat(settings.username()).contains("app");
            showsNoPartOf(settings.toString(), password);
        }
    }

    @Test
    void aRawSlashQuestionMarkHashOrStrayPercentIsRefusedWithoutShowingThePassword() {
        for (String password : List.of("Qx7/Vb8", "Qx7?Vb8", "Qx7#Vb8", "Qx7%Vb8", "Qx7@Vb8:Wn9/Kp3%Zr4?Jt5#Lm6", "Qx7/5432",
                "Qx7@db2:5432/Kp3", "Qx7@Vb8?Wn9")) {
            String url = "postgresql://app:" + password + "@db/blog";
            assertThatThrownBy(() -> isolated(url).load()).as(url).isInstanceOfSatisfying(InvalidDatabaseSettingsException.class, e -> {
                assertThat(e.problems()).singleElement().satisfies(problem -> assertThat(problem)
                        .startsWith("The value [postgresql://app:****@db/blog] of the [DATABASE_URL] setting is not supported")
                        .contains("%2F, %3F, %23 and %25"));
                showsNoPartOf(e.getMessage(), password);
            });
        }
    }

    @Test
    void everythingUpToTheLastAtSignIsMasked() {
        assertThat(SettingsLoader.maskUrl("postgresql://user:p@ss:w0rd@host/db")).isEqualTo("postgresql://user:****@host/db");
        assertThat(SettingsLoader.maskUrl("mysql://root:hunter2@db/blog")).isEqualTo("mysql://root:****@db/blog");
        assertThat(SettingsLoader.maskUrl("jdbc:postgresql://db/blog?user=app&password=s3cr@t:x&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/blog?user=app&password=****&ssl=true");
        assertThat(SettingsLoader.maskUrl("jdbc:h2:tcp://db/x;USER=sa;PASSWORD=s3cret;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:tcp://db/x;USER=sa;PASSWORD=****;MODE=PostgreSQL");
        assertThat(SettingsLoader.maskUrl("root:hunter2@db")).isEqualTo("root:****@db");
        assertThat(SettingsLoader.maskUrl("jdbc:h2:mem:x")).isEqualTo("jdbc:h2:mem:x");
        assertThat(SettingsLoader.maskUrl("postgresql://user@host/db")).isEqualTo("postgresql://user@host/db");
        for (String password : NASTY) {
            for (String url : List.of("postgresql://app:" + password + "@db:5432/blog", "postgres://:" + password + "@db",
                    "jdbc:mariadb://db/blog?password=" + password.replace("&", "") + "&user=app", "ftp://app:" + password + "@db")) {
                showsNoPartOf(SettingsLoader.maskUrl(url), password);
            }
        }
    }

    @Test
    void aRefusedUrlOrReplicaUrlNeverShowsItsPassword() {
        for (String password : NASTY) {
            for (String url : List.of("mysql://app:" + password + "@db/blog", "postgresql://app:" + password + "@",
                    "app:" + password + "@db")) {
                assertThatThrownBy(() -> isolated("jdbc:h2:mem:x").replicaUrl(url).url(url).load())
                        .isInstanceOfSatisfying(InvalidDatabaseSettingsException.class, e -> showsNoPartOf(e.getMessage(), password));
            }
        }
    }
}
