// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.internal;

import java.util.Map;

import org.hibernate.boot.registry.StandardServiceInitiator;
import org.hibernate.service.Service;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.service.UnknownServiceException;
import org.hibernate.service.spi.ServiceException;
import org.hibernate.service.spi.ServiceRegistryImplementor;

import dev.hibernatepack.audit.InvalidAuditSettingException;

/**
 * The audit module's runtime, one per service registry (so one per factory), held as a
 * Hibernate {@link Service} the way Envers holds its {@code EnversService}: the settings are read
 * and the current-user resolver looked up once, the first time the module needs them.
 */
public final class AuditRuntime implements Service {

    private static final long serialVersionUID = 1L;

    private final transient AuditConfig config;

    private AuditRuntime(AuditConfig config) {
        this.config = config;
    }

    /**
     * The runtime of {@code registry}.
     *
     * @throws IllegalStateException when the registry was built without the pack's service contributors
     * @throws dev.hibernatepack.audit.InvalidAuditSettingException when a setting has a bad value
     */
    static AuditRuntime of(ServiceRegistry registry) {
        AuditRuntime runtime;
        try {
            runtime = registry.getService(AuditRuntime.class);
        } catch (UnknownServiceException e) {
            runtime = null;
        } catch (ServiceException e) {
            // Hibernate wraps what the initiator threw: the boot fails with the setting's own error.
            if (e.getCause() instanceof InvalidAuditSettingException invalid) {
                throw invalid;
            }
            throw e;
        }
        if (runtime == null) {
            throw new IllegalStateException("The audit module's runtime is not installed in this service registry: build it with"
                    + " StandardServiceRegistryBuilder (or a JPA bootstrap), which loads META-INF/services ServiceContributors");
        }
        return runtime;
    }

    /** The settings, as read once. */
    AuditConfig config() {
        return config;
    }

    /** Makes the runtime from the registry's settings when it is first asked for. */
    static final class Initiator implements StandardServiceInitiator<AuditRuntime> {

        static final Initiator INSTANCE = new Initiator();

        @Override
        public Class<AuditRuntime> getServiceInitiated() {
            return AuditRuntime.class;
        }

        @Override
        public AuditRuntime initiateService(Map<String, Object> configurationValues, ServiceRegistryImplementor registry) {
            return new AuditRuntime(AuditConfig.from(configurationValues, registry));
        }
    }
}
