// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.internal;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Found through {@code META-INF/services}: contributes the {@link AuditRuntime} to every service
 * registry; it is made only when the module is switched on and an entity needs it.
 */
public final class AuditServiceContributor implements ServiceContributor {

    @Override
    public void contribute(StandardServiceRegistryBuilder builder) {
        builder.addInitiator(AuditRuntime.INITIATOR);
    }
}
