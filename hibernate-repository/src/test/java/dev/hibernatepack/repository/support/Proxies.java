// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/** Proxies in front of Hibernate's objects, of the two kinds an application or a container may hand to the pack. */
public final class Proxies {

    private Proxies() {
    }

    /** A {@code java.lang.reflect.Proxy} of {@code type} that passes every call to {@code target}, {@code unwrap} included. */
    public static <T> T delegating(Class<T> type, Object target) {
        return proxy(type, target, false);
    }

    /**
     * As {@link #delegating}, except that {@code unwrap(X.class)} answers with the proxy itself when
     * it is an {@code X}, as Spring's shared {@code EntityManager} does: a caller that casts what
     * {@code unwrap} returned to another type then fails.
     */
    public static <T> T answeringUnwrapWithItself(Class<T> type, Object target) {
        return proxy(type, target, true);
    }

    private static <T> T proxy(Class<T> type, Object target, boolean selfUnwrapping) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (selfUnwrapping && method.getName().equals("unwrap") && args != null && args.length == 1
                    && args[0] instanceof Class<?> wanted && wanted.isInstance(proxy)) {
                return proxy;
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
