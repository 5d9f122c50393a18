// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.spi;

import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

import org.hibernate.boot.registry.StandardServiceInitiator;
import org.hibernate.service.Service;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.service.UnknownServiceException;
import org.hibernate.service.spi.ServiceException;
import org.hibernate.service.spi.ServiceRegistryImplementor;

/**
 * How each module of the pack keeps its one runtime per factory as a Hibernate {@link Service}
 * (as Envers keeps its {@code EnversService}): an initiator a {@code ServiceContributor} adds to
 * the registry, and a lookup that hands back the module's own settings error rather than
 * Hibernate's wrapping {@link ServiceException}.
 *
 * <pre>{@code
 * builder.addInitiator(PackServices.initiator(AuditRuntime.class, (settings, registry) -> new AuditRuntime(...)));
 * AuditRuntime runtime = PackServices.require(registry, AuditRuntime.class, InvalidAuditSettingException.class, "audit");
 * }</pre>
 */
public final class PackServices {

    private PackServices() {
    }

    /** An initiator that makes {@code type} from the registry's settings the first time it is asked for. */
    public static <S extends Service> StandardServiceInitiator<S> initiator(Class<S> type,
            BiFunction<Map<String, Object>, ServiceRegistryImplementor, S> factory) {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(factory, "factory must not be null");
        return new StandardServiceInitiator<>() {
            @Override
            public Class<S> getServiceInitiated() {
                return type;
            }

            @Override
            public S initiateService(Map<String, Object> configurationValues, ServiceRegistryImplementor registry) {
                return factory.apply(configurationValues, registry);
            }
        };
    }

    /**
     * The {@code type} service of {@code registry} (a bootstrap registry or a factory's).
     *
     * @param settingError the module's settings exception: when making the service failed with
     *        it, it is thrown as it is, so that a bad setting fails the boot with its own message
     * @param module the module's name, for the message when the service is missing
     * @throws IllegalStateException when the registry was built without the pack's service contributors
     */
    public static <S extends Service> S require(ServiceRegistry registry, Class<S> type,
            Class<? extends RuntimeException> settingError, String module) {
        S service;
        try {
            service = registry.getService(type);
        } catch (UnknownServiceException e) {
            service = null;
        } catch (ServiceException e) {
            if (settingError.isInstance(e.getCause())) {
                throw settingError.cast(e.getCause());
            }
            throw e;
        }
        if (service == null) {
            throw new IllegalStateException("The " + module + " module's runtime is not installed in this service registry:"
                    + " build it with StandardServiceRegistryBuilder (or a JPA bootstrap), which loads META-INF/services"
                    + " ServiceContributors");
        }
        return service;
    }
}
