// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import jakarta.persistence.Entity;

import org.hibernate.bytecode.enhance.spi.interceptor.EnhancementAsProxyLazinessInterceptor;
import org.hibernate.engine.spi.PersistentAttributeInterceptable;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

/**
 * What can be known about an entity that may be an uninitialized proxy, attached or detached,
 * without loading it and without a session: its class, its identifier and whether it is loaded.
 * Covers Hibernate proxies ({@link HibernateProxy}) and enhanced entities that are their own proxy
 * ({@link EnhancementAsProxyLazinessInterceptor}).
 */
public final class Proxies {

    private static final ClassValue<Class<?>> HIERARCHY_ROOTS = new ClassValue<>() {
        @Override
        protected Class<?> computeValue(Class<?> type) {
            Class<?> root = type;
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                if (c.isAnnotationPresent(Entity.class)) {
                    root = c;
                }
            }
            return root;
        }
    };

    private Proxies() {
    }

    /** Whether {@code entity} is a proxy whose state has not been loaded. */
    public static boolean isUninitialized(Object entity) {
        LazyInitializer initializer = HibernateProxy.extractLazyInitializer(entity);
        if (initializer != null) {
            return initializer.isUninitialized();
        }
        EnhancementAsProxyLazinessInterceptor interceptor = enhancedProxyInterceptor(entity);
        return interceptor != null && !interceptor.isInitialized();
    }

    /**
     * The entity behind an initialized Hibernate proxy, or {@code entity} itself; never call it
     * on an {@linkplain #isUninitialized uninitialized} proxy.
     */
    public static Object unproxy(Object entity) {
        LazyInitializer initializer = HibernateProxy.extractLazyInitializer(entity);
        return initializer == null ? entity : initializer.getImplementation();
    }

    /**
     * The entity class as far as it is known without loading: a Hibernate proxy's own entity
     * class, which for a reference into a hierarchy may be a superclass of the row's class.
     */
    public static Class<?> entityClass(Object entity) {
        LazyInitializer initializer = HibernateProxy.extractLazyInitializer(entity);
        return initializer == null ? entity.getClass() : initializer.getPersistentClass();
    }

    /**
     * The topmost {@code @Entity} class above {@code entity}'s class: identifiers are unique
     * within it, so the root and the id name one row whatever the proxy's declared class.
     */
    public static Class<?> hierarchyRoot(Object entity) {
        return HIERARCHY_ROOTS.get(entityClass(entity));
    }

    /** The identifier held by a proxy (never loading it, even under JPA proxy compliance), or {@code null} if not a proxy. */
    public static Object proxyIdentifier(Object entity) {
        LazyInitializer initializer = HibernateProxy.extractLazyInitializer(entity);
        if (initializer != null) {
            return initializer.getInternalIdentifier();
        }
        EnhancementAsProxyLazinessInterceptor interceptor = enhancedProxyInterceptor(entity);
        return interceptor == null || interceptor.isInitialized() ? null : interceptor.getIdentifier();
    }

    private static EnhancementAsProxyLazinessInterceptor enhancedProxyInterceptor(Object entity) {
        return entity instanceof PersistentAttributeInterceptable interceptable
                && interceptable.$$_hibernate_getInterceptor() instanceof EnhancementAsProxyLazinessInterceptor interceptor
                ? interceptor
                : null;
    }
}
