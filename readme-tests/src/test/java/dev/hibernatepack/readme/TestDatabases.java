// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme;

import java.util.HashMap;
import java.util.Map;

import org.hibernate.cfg.AvailableSettings;

import dev.hibernatepack.repository.Database;
import dev.hibernatepack.repository.DatabaseSettings;
import dev.hibernatepack.testing.TestDatabase;

/** A pooled {@link Database} on the test database (H2, or PostgreSQL in the PostgreSQL run), schema made for the entities. */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** Connection settings of a fresh test database named after {@code name}. */
    public static DatabaseSettings settings(String name) {
        Map<String, Object> connection = TestDatabase.current().connectionSettings(name);
        DatabaseSettings.Builder builder = DatabaseSettings.builder()
                .url(connection.get("jakarta.persistence.jdbc.url").toString())
                .username(connection.get("jakarta.persistence.jdbc.user").toString())
                .poolSize(1);
        String password = connection.get("jakarta.persistence.jdbc.password").toString();
        if (!password.isEmpty()) {
            builder.password(password);
        }
        return builder.load();
    }

    /** A database whose schema Hibernate creates for {@code entities} and drops on close. */
    public static Database open(String name, Map<String, ?> hibernateSettings, Class<?>... entities) {
        Map<String, Object> all = new HashMap<>(hibernateSettings);
        all.putIfAbsent(AvailableSettings.HBM2DDL_AUTO, "create-drop");
        return Database.create(settings(name), all, entities);
    }

    /** As {@link #open(String, Map, Class[])}, with no further settings. */
    public static Database open(String name, Class<?>... entities) {
        return open(name, Map.of(), entities);
    }
}
