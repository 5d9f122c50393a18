// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import java.lang.management.ManagementFactory;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.jboss.logging.Logger;

/**
 * Completes monitoring once the factory exists: registers the listeners that tell the monitor why
 * a select runs (unless N+1 detection is off), the JMX MBean and, with Micrometer present, the
 * meters under a name unique among the open factories ({@link FactoryNames}); removes the last two
 * and frees the name when the factory closes (the undoing is kept by the factory's
 * {@link MonitorCore}, so nothing here is kept per factory). Found through {@code META-INF/services};
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
        String wanted = sessionFactory.getName() != null ? sessionFactory.getName() : sessionFactory.getUuid();
        String name = FactoryNames.take(wanted, core.config.jmx() ? MonitoringIntegrator::mbeanRegistered : taken -> false);
        if (!name.equals(wanted)) {
            LOG.infof("Session factory %s is monitored as %s: another open session factory has the name %s", wanted, name, wanted);
        }
        core.sessionFactoryName(name);
        core.sessionFactory(sessionFactory);
        Runnable jmx = core.config.jmx() ? registerMBean(core, name) : () -> { };
        Runnable meters = core.config.micrometer() && micrometerPresent(bootstrapContext) ? bindMeters(core, name) : () -> { };
        core.onClose(() -> {
            try {
                jmx.run();
                meters.run();
            } finally {
                FactoryNames.release(name);
            }
        });
    }

    /**
     * Removes the MBean and the meters and frees the name: called by Hibernate when the factory
     * closes, and when it fails to start after this integrator ran.
     */
    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        if (sessionFactory.getSessionFactoryOptions().getStatementInspector() instanceof MonitoringStatementInspector inspector) {
            inspector.core().close();
        }
    }

    private static ObjectName objectName(String name) throws MalformedObjectNameException {
        return new ObjectName("dev.hibernatepack.monitoring:type=QueryMonitor,name=" + ObjectName.quote(name));
    }

    /** Whether an MBean of that name exists: registered by a copy of the module in another class loader. */
    private static boolean mbeanRegistered(String name) {
        try {
            return ManagementFactory.getPlatformMBeanServer().isRegistered(objectName(name));
        } catch (MalformedObjectNameException e) {
            return false;
        }
    }

    private static Runnable registerMBean(MonitorCore core, String name) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            ObjectName objectName = objectName(name);
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
