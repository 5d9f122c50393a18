// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.spi;

import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.cache.spi.CacheImplementor;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Hibernate's own session or factory behind an {@code EntityManager} or
 * {@code EntityManagerFactory}, whatever proxy a container put in front of it. A CDI client proxy
 * (Weld's) answers a call that returns the object behind it with the proxy itself, so
 * {@code unwrap(Session.class)} on it yields the proxy, which is no {@code Session}; Spring's shared
 * {@code EntityManager} answers {@code unwrap} with itself for the interfaces it implements. Both
 * pass on {@code unwrap} to an object that is not the one behind them, so the pack unwraps to such
 * an object (the persistence context, the cache) and asks it for its session or factory.
 *
 * <pre>{@code
 * SessionImplementor session = HibernateObjects.session(entityManager);   // a CDI proxy, Spring's, or the session itself
 * }</pre>
 */
public final class HibernateObjects {

    private HibernateObjects() {
    }

    /**
     * The session behind {@code entityManager}: the current one at the time of the call, for a
     * proxy that finds the current transaction's or request's.
     *
     * @throws IllegalArgumentException when Hibernate's session is not behind it
     */
    public static SessionImplementor session(EntityManager entityManager) {
        Objects.requireNonNull(entityManager, "entityManager must not be null");
        if (entityManager instanceof SessionImplementor session) {
            return session;
        }
        if (entityManager.unwrap(PersistenceContext.class).getSession() instanceof SessionImplementor session) {
            return session;
        }
        throw new IllegalArgumentException("No Hibernate Session is behind " + entityManager.getClass().getName());
    }

    /** The session factory behind {@code factory}. */
    public static SessionFactoryImplementor sessionFactory(EntityManagerFactory factory) {
        Objects.requireNonNull(factory, "factory must not be null");
        return factory.unwrap(CacheImplementor.class).getSessionFactory();
    }
}
