// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.mapping.PersistentClass;

import dev.hibernatepack.audit.Auditable;
import dev.hibernatepack.mixins.spi.EntityAnnotations;
import dev.hibernatepack.mixins.spi.InsertThenUpdateListener;

/**
 * Installs the audit module: found through {@code META-INF/services}, it does nothing when the
 * module is switched off or no entity is {@link Auditable} or has an audit trail; otherwise it
 * validates the settings, checks that every auditable entity maps its who-attributes, and
 * registers the listeners that fill them and that keep the trail.
 */
public final class AuditIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        var registry = bootstrapContext.getServiceRegistry();
        if (!AuditConfig.enabled(registry.requireService(ConfigurationService.class).getSettings())) {
            return;
        }
        Map<String, WhoColumns> audited = new LinkedHashMap<>();
        Set<String> trailed = new HashSet<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            Class<?> type = entity.getMappedClass();
            if (type != null && Auditable.class.isAssignableFrom(type)) {
                audited.put(entity.getEntityName(), WhoColumns.of(entity));
            }
            if (AuditTrailContributor.hasTrail(entity)) {
                EntityAnnotations.of(entity); // the trail reads the same members as Hibernate
                trailed.add(entity.getEntityName());
            }
        }
        if (audited.isEmpty() && trailed.isEmpty()) {
            return;
        }
        AuditConfig config = AuditRuntime.of(registry).config();
        var listeners = sessionFactory.getEventListenerRegistry();
        // Who-columns and the trail see what an insert wrote when the entity changed after persist.
        InsertThenUpdateListener.install(listeners);
        // A stateless update or upsert of an audited entity reads the stored row first (before the
        // who-columns are written) and forgets it last (after the trail has compared with it).
        Set<String> needStoredState = new HashSet<>(audited.keySet());
        needStoredState.addAll(trailed);
        StoredStates stored = new StoredStates(needStoredState);
        listeners.appendListeners(EventType.PRE_UPDATE, stored);
        listeners.appendListeners(EventType.PRE_UPSERT, stored);
        if (!audited.isEmpty()) {
            WhoListener who = new WhoListener(config, audited, stored);
            listeners.appendListeners(EventType.PRE_INSERT, who);
            listeners.appendListeners(EventType.PRE_UPDATE, who);
            listeners.appendListeners(EventType.PRE_UPSERT, who);
        }
        if (!trailed.isEmpty()) {
            TrailListener trailListener = new TrailListener(config, stored);
            listeners.appendListeners(EventType.POST_INSERT, trailListener);
            listeners.appendListeners(EventType.POST_UPDATE, trailListener);
            listeners.appendListeners(EventType.POST_UPSERT, trailListener);
            listeners.appendListeners(EventType.POST_DELETE, trailListener);
        }
        listeners.appendListeners(EventType.POST_UPDATE, stored);
        listeners.appendListeners(EventType.POST_UPSERT, stored);
        // A session that holds an audited entity is flushed when an AuditContext scope of its thread opens or closes.
        ScopeSessions.Listener scoped = new ScopeSessions.Listener(needStoredState);
        listeners.appendListeners(EventType.PERSIST, scoped);
        listeners.appendListeners(EventType.MERGE, scoped);
        listeners.appendListeners(EventType.DELETE, scoped);
        listeners.appendListeners(EventType.POST_LOAD, scoped);
    }
}
