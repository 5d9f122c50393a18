// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.internal;

import java.util.Locale;
import java.util.Map;

import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.resource.beans.spi.ManagedBean;
import org.hibernate.resource.beans.spi.ManagedBeanRegistry;
import org.hibernate.service.ServiceRegistry;

import dev.hibernatepack.audit.AuditContext;
import dev.hibernatepack.audit.AuditSettings;
import dev.hibernatepack.audit.InvalidAuditSettingException;
import dev.hibernatepack.audit.spi.CurrentUserResolver;

/**
 * The audit settings of one factory, read and validated once at boot.
 *
 * @param resolver where the current user comes from
 * @param failWithoutUser whether a write without a current user fails
 * @param sensitive how sensitive values appear in the audit trail
 */
public record AuditConfig(CurrentUserResolver resolver, boolean failWithoutUser, SensitiveValues sensitive) {

    private static final String BEAN_MANAGER = "jakarta.persistence.bean.manager";

    /** The default resolver: the scope of {@link AuditContext}. */
    static final CurrentUserResolver CONTEXT = AuditContext::currentUser;

    /** Whether the module is switched on; reads only {@link AuditSettings#ENABLED}. */
    public static boolean enabled(Map<?, ?> settings) {
        Object value = settings.get(AuditSettings.ENABLED);
        if (value == null || value instanceof Boolean) {
            return value == null || (Boolean) value;
        }
        return switch (value.toString().trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidAuditSettingException(AuditSettings.ENABLED, value, "true, false");
        };
    }

    /** Reads every setting of the registry, failing on a bad one. */
    public static AuditConfig from(ServiceRegistry registry) {
        Map<?, ?> settings = registry.requireService(ConfigurationService.class).getSettings();
        return new AuditConfig(resolver(settings.get(AuditSettings.CURRENT_USER), registry),
                failWithoutUser(settings.get(AuditSettings.MISSING_USER)),
                SensitiveValues.of(settings.get(AuditSettings.SENSITIVE_VALUES), settings.get(AuditSettings.HASH_KEY)));
    }

    private static boolean failWithoutUser(Object value) {
        if (value == null) {
            return true;
        }
        return switch (value.toString().trim().toLowerCase(Locale.ROOT)) {
            case "fail" -> true;
            case "allow" -> false;
            default -> throw new InvalidAuditSettingException(AuditSettings.MISSING_USER, value, "fail, allow");
        };
    }

    private static CurrentUserResolver resolver(Object value, ServiceRegistry registry) {
        if (value == null) {
            return CONTEXT;
        }
        if (value instanceof CurrentUserResolver resolver) {
            return resolver;
        }
        String allowed = "a CurrentUserResolver instance, or a CurrentUserResolver class (Class or fully qualified name)"
                + " that is a CDI bean or has a public no-argument constructor";
        Class<?> type;
        if (value instanceof Class<?> given) {
            type = given;
        } else {
            try {
                type = registry.requireService(ClassLoaderService.class).classForName(value.toString().trim());
            } catch (RuntimeException e) {
                throw new InvalidAuditSettingException(AuditSettings.CURRENT_USER, value, allowed + " (class not found)");
            }
        }
        if (!CurrentUserResolver.class.isAssignableFrom(type)) {
            throw new InvalidAuditSettingException(AuditSettings.CURRENT_USER, value,
                    allowed + " (" + type.getName() + " is not a CurrentUserResolver)");
        }
        // Hibernate's bean registry: a CDI bean when a BeanManager is configured
        // (jakarta.persistence.bean.manager), else an instance made with the no-argument constructor.
        @SuppressWarnings("unchecked")
        ManagedBean<? extends CurrentUserResolver> bean = registry.requireService(ManagedBeanRegistry.class)
                .getBean((Class<? extends CurrentUserResolver>) type);
        Map<?, ?> settings = registry.requireService(ConfigurationService.class).getSettings();
        if (settings.get(BEAN_MANAGER) == null) {
            try {
                bean.getBeanInstance(); // without CDI, fail at boot rather than at the first write
            } catch (RuntimeException e) {
                throw new InvalidAuditSettingException(AuditSettings.CURRENT_USER, value, allowed + " (cannot instantiate: " + e + ")");
            }
        }
        return () -> bean.getBeanInstance().currentUser();
    }
}
