// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.internal;

import org.hibernate.boot.registry.StandardServiceInitiator;
import org.hibernate.service.Service;
import org.hibernate.service.ServiceRegistry;

import dev.hibernatepack.audit.InvalidAuditSettingException;
import dev.hibernatepack.mixins.spi.PackServices;

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
        return PackServices.require(registry, AuditRuntime.class, InvalidAuditSettingException.class, "audit");
    }

    /** The settings, as read once. */
    AuditConfig config() {
        return config;
    }

    /** Makes the runtime from the registry's settings when it is first asked for. */
    static final StandardServiceInitiator<AuditRuntime> INITIATOR = PackServices.initiator(AuditRuntime.class,
            (settings, registry) -> new AuditRuntime(AuditConfig.from(settings, registry)));
}
