// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.mapping.PersistentClass;

import dev.hibernatepack.audit.Auditable;

/**
 * Installs the audit module: found through {@code META-INF/services}, it does nothing when the
 * module is switched off or no entity is {@link Auditable}; otherwise it validates the settings,
 * checks that every auditable entity maps its who-attributes, and registers the listener that
 * fills them.
 */
public final class AuditIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        var registry = bootstrapContext.getServiceRegistry();
        if (!AuditConfig.enabled(registry.requireService(ConfigurationService.class).getSettings())) {
            return;
        }
        Map<String, WhoColumns> audited = new LinkedHashMap<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            Class<?> type = entity.getMappedClass();
            if (type != null && Auditable.class.isAssignableFrom(type)) {
                audited.put(entity.getEntityName(), WhoColumns.of(entity));
            }
        }
        if (audited.isEmpty()) {
            return;
        }
        WhoListener listener = new WhoListener(AuditConfig.from(registry), audited);
        var listeners = sessionFactory.getEventListenerRegistry();
        listeners.appendListeners(EventType.PRE_INSERT, listener);
        listeners.appendListeners(EventType.PRE_UPDATE, listener);
    }
}
