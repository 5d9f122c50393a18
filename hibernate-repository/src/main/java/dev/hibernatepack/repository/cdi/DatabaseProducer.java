// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.cdi;

import java.util.Map;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;

import dev.hibernatepack.repository.Database;
import dev.hibernatepack.repository.DatabaseSettings;

/**
 * The {@link Database} of a CDI application, one per container: built on first injection from
 * the persistence unit {@link DatabaseExtension#PERSISTENCE_UNIT} names, connected to the database
 * of the unit's own JDBC properties unless the {@linkplain DatabaseSettings settings} set a URL
 * (see {@link DatabaseSettings.Builder#persistenceUnit(String)}), with the container's
 * {@code BeanManager} given to Hibernate (so its converters and listeners may be CDI beans), and
 * closed when the container shuts down. Inject {@code Database}, or {@code SessionSource} into a
 * repository:
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class PostRepository extends BaseRepository<Post, Long> {
 *     @Inject
 *     public PostRepository(SessionSource source) { super(source, Post.class); }
 *
 *     protected PostRepository() { }       // for the container's client proxy
 * }
 * }</pre>
 *
 * <p>{@link DatabaseExtension} adds this bean when the unit is configured; an application can also
 * add it itself, or write its own producer instead. {@code @Singleton} because {@code Database}
 * is final and so cannot stand behind a client proxy.
 */
public class DatabaseProducer {

    /** The container's database. */
    @Produces
    @Singleton
    public Database database(BeanManager beanManager) {
        String unit = DatabaseExtension.persistenceUnit();
        return Database.fromPersistenceUnit(unit, DatabaseSettings.builder().persistenceUnit(unit).load(),
                Map.of("jakarta.persistence.bean.manager", beanManager));
    }

    /** Closes it with the container. */
    public void close(@Disposes Database database) {
        database.close();
    }
}
