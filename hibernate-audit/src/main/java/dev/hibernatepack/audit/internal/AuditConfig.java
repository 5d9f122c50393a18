// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.internal;

import java.util.Map;
import java.util.Optional;

import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.resource.beans.container.spi.BeanContainer;
import org.hibernate.resource.beans.spi.BeanInstanceProducer;
import org.hibernate.resource.beans.spi.ManagedBean;
import org.hibernate.resource.beans.spi.ManagedBeanRegistry;
import org.hibernate.service.ServiceRegistry;

import dev.hibernatepack.audit.AuditContext;
import dev.hibernatepack.audit.AuditSettings;
import dev.hibernatepack.audit.InvalidAuditSettingException;
import dev.hibernatepack.audit.spi.CurrentUserResolver;
import dev.hibernatepack.mixins.spi.SettingValues;

/**
 * The audit settings, read and validated once per service registry by {@link AuditRuntime},
 * every value by the pack's rule ({@link SettingValues}).
 *
 * @param resolver where the current user comes from
 * @param failWithoutUser whether a write without a current user fails
 * @param sensitive how sensitive values appear in the audit trail
 */
public record AuditConfig(CurrentUserResolver resolver, boolean failWithoutUser, SensitiveValues sensitive) {

    /** The default resolver: the scope of {@link AuditContext}. */
    static final CurrentUserResolver CONTEXT = AuditContext::currentUser;

    /** The values of {@link AuditSettings#MISSING_USER}. */
    private enum MissingUser { FAIL, ALLOW }

    /** Whether the module is switched on; reads only {@link AuditSettings#ENABLED}. */
    public static boolean enabled(Map<?, ?> settings) {
        return values(settings).bool(AuditSettings.ENABLED, true);
    }

    /** Reads every setting, failing on a bad one; {@code registry} resolves class names and beans. */
    static AuditConfig from(Map<?, ?> settings, ServiceRegistry registry) {
        SettingValues values = values(settings);
        return new AuditConfig(resolver(values, registry),
                values.choice(AuditSettings.MISSING_USER, MissingUser.class, MissingUser.FAIL) == MissingUser.FAIL,
                SensitiveValues.of(values, settings));
    }

    static SettingValues values(Map<?, ?> settings) {
        return SettingValues.of(settings, InvalidAuditSettingException::new);
    }

    private static CurrentUserResolver resolver(SettingValues values, ServiceRegistry registry) {
        String allowed = "a CurrentUserResolver instance, or a CurrentUserResolver class (Class or fully qualified name)"
                + " that is a bean of the application's container (Spring, CDI) or has a public no-argument constructor";
        Object value = values.value(AuditSettings.CURRENT_USER, allowed);
        if (value == null) {
            return CONTEXT;
        }
        if (value instanceof CurrentUserResolver resolver) {
            return resolver;
        }
        Class<?> type;
        if (value instanceof Class<?> given) {
            type = given;
        } else if (value instanceof String name) {
            try {
                type = registry.requireService(ClassLoaderService.class).classForName(name);
            } catch (RuntimeException | LinkageError e) {
                throw values.refuse(AuditSettings.CURRENT_USER, value, allowed + " (class not found)");
            }
        } else {
            throw values.refuse(AuditSettings.CURRENT_USER, value, allowed);
        }
        if (!CurrentUserResolver.class.isAssignableFrom(type)) {
            throw values.refuse(AuditSettings.CURRENT_USER, value, allowed + " (" + type.getName() + " is not a CurrentUserResolver)");
        }
        @SuppressWarnings("unchecked")
        Class<? extends CurrentUserResolver> resolverType = (Class<? extends CurrentUserResolver>) type;
        BeanContainer container = registry.requireService(ManagedBeanRegistry.class).getBeanContainer();
        if (container == null) {
            try {
                return NEW_INSTANCE.produceBeanInstance(resolverType); // without a container, fail at boot rather than at the first write
            } catch (RuntimeException e) {
                throw values.refuse(AuditSettings.CURRENT_USER, value, allowed + " (cannot instantiate: " + e + ")");
            }
        }
        return new ContainerResolver(container, resolverType);
    }

    /**
     * Asks a bean container (Spring's, a CDI {@code BeanManager}) for its own bean, the one the
     * application's other beans get, rather than the new instance Hibernate's bean registry asks
     * for: a Spring singleton, a CDI bean in its scope. Looked up at the first write, since the
     * container may still be starting while Hibernate boots (the resolver may need the factory).
     */
    static final class ContainerResolver implements CurrentUserResolver {

        /** The container's own, shared bean. */
        static final BeanContainer.LifecycleOptions SHARED = new BeanContainer.LifecycleOptions() {
            @Override
            public boolean canUseCachedReferences() {
                return true;
            }

            @Override
            public boolean useJpaCompliantCreation() {
                return false;
            }
        };

        /** A new instance made by the container, which injects it (Spring autowires its constructor). */
        static final BeanContainer.LifecycleOptions CREATED = new BeanContainer.LifecycleOptions() {
            @Override
            public boolean canUseCachedReferences() {
                return false;
            }

            @Override
            public boolean useJpaCompliantCreation() {
                return true;
            }
        };

        /** For a class the container has no bean of: the container makes one, as Hibernate would have asked. */
        private final BeanInstanceProducer createdByContainer = new BeanInstanceProducer() {
            @Override
            public <B> B produceBeanInstance(Class<B> beanType) {
                return container.getBean(beanType, CREATED, NEW_INSTANCE).getBeanInstance();
            }

            @Override
            public <B> B produceBeanInstance(String name, Class<B> beanType) {
                return produceBeanInstance(beanType);
            }
        };

        private final BeanContainer container;
        private final Class<? extends CurrentUserResolver> type;
        private volatile ManagedBean<? extends CurrentUserResolver> bean;

        ContainerResolver(BeanContainer container, Class<? extends CurrentUserResolver> type) {
            this.container = container;
            this.type = type;
        }

        @Override
        public Optional<Object> currentUser() {
            ManagedBean<? extends CurrentUserResolver> found = bean;
            if (found == null) {
                synchronized (this) {
                    found = bean;
                    if (found == null) {
                        found = container.getBean(type, SHARED, createdByContainer);
                        bean = found;
                    }
                }
            }
            return found.getBeanInstance().currentUser();
        }
    }

    /** What a container falls back to for a class it has no bean of, and the only way without a container. */
    private static final BeanInstanceProducer NEW_INSTANCE = new BeanInstanceProducer() {
        @Override
        public <B> B produceBeanInstance(Class<B> beanType) {
            try {
                var constructor = beanType.getDeclaredConstructor();
                constructor.setAccessible(true);
                return constructor.newInstance();
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("Cannot instantiate " + beanType.getName() + " with its no-argument constructor",
                        e instanceof java.lang.reflect.InvocationTargetException target ? target.getCause() : e);
            }
        }

        @Override
        public <B> B produceBeanInstance(String name, Class<B> beanType) {
            return produceBeanInstance(beanType);
        }
    };
}
