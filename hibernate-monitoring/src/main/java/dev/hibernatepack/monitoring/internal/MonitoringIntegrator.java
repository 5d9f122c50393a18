// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;

/**
 * Registers the listeners that tell the monitor why a select runs, when monitoring is installed
 * for this factory and N+1 detection is on. Found through {@code META-INF/services}.
 */
public final class MonitoringIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        if (!(sessionFactory.getSessionFactoryOptions().getStatementInspector() instanceof MonitoringStatementInspector inspector)
                || inspector.core().config.nPlusOne() == MonitoringConfig.NPlusOneMode.OFF) {
            return;
        }
        var registry = sessionFactory.getEventListenerRegistry();
        registry.prependListeners(EventType.INIT_COLLECTION, new LoadCauseListeners.CollectionStart());
        registry.appendListeners(EventType.INIT_COLLECTION, new LoadCauseListeners.CollectionEnd());
        registry.prependListeners(EventType.LOAD, new LoadCauseListeners.EntityStart());
        registry.appendListeners(EventType.LOAD, new LoadCauseListeners.EntityEnd());
    }
}
