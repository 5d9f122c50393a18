// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.platform;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import jakarta.persistence.EntityManager;

/**
 * An application's own framework code, as Spring's is: a shared {@code EntityManager} (a JDK proxy
 * whose handler calls the transaction's {@code EntityManager} by reflection, as Spring's
 * {@code SharedEntityManagerCreator} does) and repositories (JDK proxies of the application's
 * interfaces, as Spring Data's are) whose {@code find} methods it implements.
 */
public final class SharedEntityManager implements InvocationHandler {

    private final EntityManager target;

    private SharedEntityManager(EntityManager target) {
        this.target = target;
    }

    /** A proxy of {@code target}. */
    public static EntityManager of(EntityManager target) {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(), new Class<?>[] {EntityManager.class},
                new SharedEntityManager(target));
    }

    /** An implementation of {@code repository} whose one method {@code find(id)} finds an {@code entity} by id. */
    public static <R> R repository(Class<R> repository, Class<?> entity, EntityManager entityManager) {
        return repository.cast(Proxy.newProxyInstance(repository.getClassLoader(), new Class<?>[] {repository},
                (proxy, method, args) -> entityManager.find(entity, args[0])));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
