// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import java.lang.management.ManagementFactory;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.hibernate.SessionFactory;
import org.hibernate.SessionFactoryObserver;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.jboss.logging.Logger;

/**
 * Completes monitoring once the factory exists: registers the listeners that tell the monitor why
 * a select runs (unless N+1 detection is off), the JMX MBean and, with Micrometer present, the
 * meters; removes the last two when the factory closes (an observer of that factory, so nothing
 * here is kept per factory). Found through {@code META-INF/services};
 * does nothing for a factory that monitoring does not watch.
 */
public final class MonitoringIntegrator implements Integrator {

    private static final Logger LOG = Logger.getLogger(MonitoringIntegrator.class);

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        if (!(sessionFactory.getSessionFactoryOptions().getStatementInspector() instanceof MonitoringStatementInspector inspector)) {
            return;
        }
        MonitorCore core = inspector.core();
        if (!MonitoredSessionFactories.installed(sessionFactory.getSessionFactoryOptions())) {
            LOG.warnf("Statement timings are off for session factory %s: the application replaced Hibernate's"
                    + " SessionFactoryBuilderService, through which the monitoring module adds its session listener",
                    sessionFactory.getName() != null ? sessionFactory.getName() : sessionFactory.getUuid());
        }
        if (core.config.nPlusOne() != MonitoringConfig.NPlusOneMode.OFF) {
            var registry = sessionFactory.getEventListenerRegistry();
            registry.prependListeners(EventType.INIT_COLLECTION, new LoadCauseListeners.CollectionStart());
            registry.appendListeners(EventType.INIT_COLLECTION, new LoadCauseListeners.CollectionEnd());
            registry.prependListeners(EventType.LOAD, new LoadCauseListeners.EntityStart());
            registry.appendListeners(EventType.LOAD, new LoadCauseListeners.EntityEnd());
        }
        String name = sessionFactory.getName() != null ? sessionFactory.getName() : sessionFactory.getUuid();
        core.sessionFactoryName(name);
        core.sessionFactory(sessionFactory);
        Runnable jmx = core.config.jmx() ? registerMBean(core, name) : () -> { };
        Runnable meters = core.config.micrometer() && micrometerPresent(bootstrapContext) ? bindMeters(core, name) : () -> { };
        sessionFactory.addObserver(new SessionFactoryObserver() {
            @Override
            public void sessionFactoryClosed(SessionFactory factory) {
                jmx.run();
                meters.run();
            }
        });
    }

    private static Runnable registerMBean(MonitorCore core, String name) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            ObjectName objectName = new ObjectName("dev.hibernatepack.monitoring:type=QueryMonitor,name=" + ObjectName.quote(name));
            server.registerMBean(new QueryMonitorMBean(core), objectName);
            return () -> {
                try {
                    server.unregisterMBean(objectName);
                } catch (JMException e) {
                    LOG.debugf(e, "Could not unregister %s", objectName);
                }
            };
        } catch (JMException e) {
            LOG.warnf("Query monitor MBean for session factory %s not registered: %s", name, e.getMessage());
            return () -> { };
        }
    }

    private static boolean micrometerPresent(BootstrapContext bootstrapContext) {
        try {
            bootstrapContext.getServiceRegistry().requireService(ClassLoaderService.class)
                    .classForName("io.micrometer.core.instrument.MeterRegistry");
            return true;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Runnable bindMeters(MonitorCore core, String name) {
        MicrometerMeters meters = MicrometerMeters.bind(core, name, core.config.meterRegistry());
        return meters::unbind;
    }
}
