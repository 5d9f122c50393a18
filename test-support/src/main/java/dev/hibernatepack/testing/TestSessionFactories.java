// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.spi.ManagedEntity;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Boots a {@code SessionFactory} for tests the way {@link HibernateTest} does, for tests that
 * need their own (a boot that must fail, settings given as objects).
 *
 * <pre>{@code
 * try (var scope = TestSessionFactories.open(List.of(Post.class), Map.of(MixinsSettings.CLOCK, clock), "clock")) { ... }
 * }</pre>
 */
public final class TestSessionFactories {

    private TestSessionFactories() {
    }

    /**
     * Boots a factory over {@code entities} on {@link TestDatabase#current()}, with the schema
     * created (and dropped on close) and {@code settings} applied over the connection settings.
     * {@code name} keeps H2 databases of different callers apart.
     */
    public static SessionFactoryScope open(List<Class<?>> entities, Map<String, ?> settings, String name) {
        TestDatabase database = TestDatabase.current();
        if (TestDatabase.enhancedRun()) {
            requireEnhanced(entities);
        }
        CollectingStatementInspector inspector = new CollectingStatementInspector();
        Map<String, Object> all = new LinkedHashMap<>(database.connectionSettings(name));
        all.put("hibernate.hbm2ddl.auto", "create-drop");
        all.put("hibernate.session_factory.statement_inspector", inspector);
        all.put("hibernate.connection.pool_size", "4");
        all.putAll(settings);
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(all).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            var sessionFactory = sources.buildMetadata().buildSessionFactory().unwrap(SessionFactoryImplementor.class);
            return new SessionFactoryScope(sessionFactory, inspector, database);
        } catch (RuntimeException | Error e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    private static void requireEnhanced(List<Class<?>> entities) {
        for (Class<?> type : entities) {
            if (type.isAnnotationPresent(jakarta.persistence.Entity.class) && !ManagedEntity.class.isAssignableFrom(type)) {
                throw new IllegalStateException(type.getName() + " is not bytecode-enhanced, but this run ("
                        + TestDatabase.ENHANCED_PROPERTY + "=true) must test enhanced entities; check the build's"
                        + " enhancement step");
            }
        }
    }
}
