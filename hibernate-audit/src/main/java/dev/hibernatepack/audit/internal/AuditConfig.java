// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.internal;

import java.util.Map;

import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
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

    private static final String BEAN_MANAGER = "jakarta.persistence.bean.manager";

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
        return new AuditConfig(resolver(values, settings, registry),
                values.choice(AuditSettings.MISSING_USER, MissingUser.class, MissingUser.FAIL) == MissingUser.FAIL,
                SensitiveValues.of(values, settings));
    }

    static SettingValues values(Map<?, ?> settings) {
        return SettingValues.of(settings, InvalidAuditSettingException::new);
    }

    private static CurrentUserResolver resolver(SettingValues values, Map<?, ?> settings, ServiceRegistry registry) {
        String allowed = "a CurrentUserResolver instance, or a CurrentUserResolver class (Class or fully qualified name)"
                + " that is a CDI bean or has a public no-argument constructor";
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
        // Hibernate's bean registry: a CDI bean when a BeanManager is configured
        // (jakarta.persistence.bean.manager), else an instance made with the no-argument constructor.
        // Either way the bean is looked up once, here, and its instance reused.
        @SuppressWarnings("unchecked")
        ManagedBean<? extends CurrentUserResolver> bean = registry.requireService(ManagedBeanRegistry.class)
                .getBean((Class<? extends CurrentUserResolver>) type);
        if (settings.get(BEAN_MANAGER) == null) {
            try {
                CurrentUserResolver instance = bean.getBeanInstance(); // without CDI, fail at boot rather than at the first write
                return instance;
            } catch (RuntimeException e) {
                throw values.refuse(AuditSettings.CURRENT_USER, value, allowed + " (cannot instantiate: " + e + ")");
            }
        }
        return () -> bean.getBeanInstance().currentUser();
    }
}
