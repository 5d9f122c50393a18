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

/**
 * The README's CDI repository, discovered in this module's bean archive ({@code META-INF/beans.xml}
 * with CDI 4's default discovery, annotated) by a Weld SE as strict as a Jakarta EE server (no
 * relaxed construction), gets its {@code SessionSource} injected and runs on the database of the
 * {@code posts} unit of {@code persistence.xml}.
 */
class CdiReadmeIT {

    @AfterEach
    void clear() {
        for (String property : new String[] {DatabaseExtension.PERSISTENCE_UNIT, DatabaseSettings.URL,
            DatabaseSettings.USERNAME, DatabaseSettings.PASSWORD}) {
            System.clearProperty(property);
        }
    }

    @Test
    void theApplicationScopedRepositoryIsDiscoveredAndRunsOnTheDatabaseOfItsPersistenceUnit() {
        System.setProperty(DatabaseExtension.PERSISTENCE_UNIT, "posts");
        if (TestDatabase.current() != TestDatabase.H2) {
            // The unit names an H2 database; on the others, the URL setting, which wins over the unit's, names the test database.
            Map<String, Object> connection = TestDatabase.current().connectionSettings("readme-cdi");
            System.setProperty(DatabaseSettings.URL, connection.get("jakarta.persistence.jdbc.url").toString());
            System.setProperty(DatabaseSettings.USERNAME, connection.get("jakarta.persistence.jdbc.user").toString());
            System.setProperty(DatabaseSettings.PASSWORD, connection.get("jakarta.persistence.jdbc.password").toString());
        }

        Database database;
        try (WeldContainer container = new Weld("readme-cdi").property("org.jboss.weld.construction.relaxed", false).initialize()) {
            PostRepository posts = container.select(PostRepository.class).get();
            database = container.select(Database.class).get();
            assertThat(posts.getClass()).as("behind a client proxy").isNotEqualTo(PostRepository.class);

            Post post = posts.insert(new Post("From CDI"));
            assertThat(container.select(PostRepository.class).get().getById(post.getId()).getTitle()).isEqualTo("From CDI");
            String url = database.fromTransaction(session -> session.doReturningWork(connection -> connection.getMetaData().getURL()));
            if (TestDatabase.current() == TestDatabase.H2) {
                assertThat(url).as("the unit's own database").startsWith("jdbc:h2:mem:readme-posts");
            }
        }
        assertThat(database.isClosed()).as("closed with the container").isTrue();
    }
}
