// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.repository.Database;
import dev.hibernatepack.repository.DatabaseSettings;
import dev.hibernatepack.repository.cdi.DatabaseExtension;
import dev.hibernatepack.testing.TestDatabase;

/** The README's CDI repository gets its {@code SessionSource} injected (Weld SE). */
class CdiReadmeIT {

    @AfterEach
    void clear() {
        for (String property : new String[] {DatabaseExtension.PERSISTENCE_UNIT, DatabaseSettings.URL,
            DatabaseSettings.USERNAME, DatabaseSettings.PASSWORD}) {
            System.clearProperty(property);
        }
    }

    @Test
    void theRepositoryIsInjectedWithTheDatabaseOfThePersistenceUnit() {
        Map<String, Object> connection = TestDatabase.current().connectionSettings("readme-cdi");
        System.setProperty(DatabaseExtension.PERSISTENCE_UNIT, "posts");
        System.setProperty(DatabaseSettings.URL, connection.get("jakarta.persistence.jdbc.url").toString());
        System.setProperty(DatabaseSettings.USERNAME, connection.get("jakarta.persistence.jdbc.user").toString());
        String password = connection.get("jakarta.persistence.jdbc.password").toString();
        if (!password.isEmpty()) {
            System.setProperty(DatabaseSettings.PASSWORD, password);
        }

        Database database;
        try (WeldContainer container = new Weld("readme-cdi").addBeanClasses(PostRepository.class).initialize()) {
            PostRepository posts = container.select(PostRepository.class).get();
            database = container.select(Database.class).get();

            Post post = posts.insert(new Post("From CDI"));
            assertThat(posts.getById(post.getId()).getTitle()).isEqualTo("From CDI");
            assertThat(container.select(PostRepository.class).get()).as("@Singleton").isSameAs(posts);
        }
        assertThat(database.isClosed()).as("closed with the container").isTrue();
    }
}
