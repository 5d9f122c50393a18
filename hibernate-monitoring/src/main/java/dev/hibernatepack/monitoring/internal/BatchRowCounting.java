// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import java.util.Map;
import java.util.function.Supplier;

import org.hibernate.boot.registry.StandardServiceInitiator;
import org.hibernate.engine.jdbc.batch.internal.BatchBuilderInitiator;
import org.hibernate.engine.jdbc.batch.spi.Batch;
import org.hibernate.engine.jdbc.batch.spi.BatchBuilder;
import org.hibernate.engine.jdbc.batch.spi.BatchKey;
import org.hibernate.engine.jdbc.batch.spi.BatchObserver;
import org.hibernate.engine.jdbc.mutation.JdbcValueBindings;
import org.hibernate.engine.jdbc.mutation.TableInclusionChecker;
import org.hibernate.engine.jdbc.mutation.group.PreparedStatementGroup;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.service.spi.Configurable;
import org.hibernate.service.spi.ServiceRegistryAwareService;
import org.hibernate.service.spi.ServiceRegistryImplementor;
import org.hibernate.service.spi.Startable;
import org.hibernate.service.spi.Stoppable;

/**
 * Counts the rows (parameter sets) of every JDBC batch, so the session listener can record the
 * batch size of each {@code executeBatch}: Hibernate's batch events carry no size. The batch
 * builder Hibernate would have used (the configured one, a discovered one or its own) still
 * builds every batch; each is wrapped in a counter that adds one field increment per row.
 */
final class BatchRowCounting {

    private BatchRowCounting() {
    }

    /** Replaces Hibernate's initiator of the {@code BatchBuilder} service with one that wraps its result. */
    static final class Initiator implements StandardServiceInitiator<BatchBuilder> {

        @Override
        public Class<BatchBuilder> getServiceInitiated() {
            return BatchBuilder.class;
        }

        @Override
        public BatchBuilder initiateService(Map<String, Object> configurationValues, ServiceRegistryImplementor registry) {
            BatchBuilder builder = BatchBuilderInitiator.INSTANCE.initiateService(configurationValues, registry);
            return builder instanceof Builder ? builder : new Builder(builder);
        }
    }

    /** Builds the batches the wrapped builder builds, counting their rows. */
    static final class Builder implements BatchBuilder, Configurable, ServiceRegistryAwareService, Startable, Stoppable {

        private final BatchBuilder delegate;

        Builder(BatchBuilder delegate) {
            this.delegate = delegate;
        }

        @Override
        public Batch buildBatch(BatchKey key, Integer batchSize, Supplier<PreparedStatementGroup> statementGroupSupplier,
                JdbcCoordinator jdbcCoordinator) {
            return new CountingBatch(delegate.buildBatch(key, batchSize, statementGroupSupplier, jdbcCoordinator));
        }

        // The registry manages this object, not the wrapped one: pass its lifecycle on.

        @Override
        public void configure(Map<String, Object> configurationValues) {
            if (delegate instanceof Configurable configurable) {
                configurable.configure(configurationValues);
            }
        }

        @Override
        public void injectServices(ServiceRegistryImplementor serviceRegistry) {
            if (delegate instanceof ServiceRegistryAwareService aware) {
                aware.injectServices(serviceRegistry);
            }
        }

        @Override
        public void start() {
            if (delegate instanceof Startable startable) {
                startable.start();
            }
        }

        @Override
        public void stop() {
            if (delegate instanceof Stoppable stoppable) {
                stoppable.stop();
            }
        }
    }

    /**
     * A batch that counts what is added to it. Hibernate tells the batch's observers just before
     * it executes; at that moment the count is published to the thread for the session listener,
     * and it is withdrawn once the execution is over.
     */
    static final class CountingBatch implements Batch, BatchObserver {

        private final Batch delegate;
        private int rows;
        private boolean published;

        CountingBatch(Batch delegate) {
            this.delegate = delegate;
            delegate.addObserver(this);
        }

        @Override
        public BatchKey getKey() {
            return delegate.getKey();
        }

        @Override
        public void addObserver(BatchObserver observer) {
            delegate.addObserver(observer);
        }

        @Override
        public PreparedStatementGroup getStatementGroup() {
            return delegate.getStatementGroup();
        }

        @Override
        public void addToBatch(JdbcValueBindings jdbcValueBindings, TableInclusionChecker inclusionChecker) {
            rows++;
            try {
                delegate.addToBatch(jdbcValueBindings, inclusionChecker);
            } finally {
                afterExecution();
            }
        }

        @Override
        public void addToBatch(JdbcValueBindings jdbcValueBindings, TableInclusionChecker inclusionChecker,
                StaleStateMapper staleStateMapper) {
            rows++;
            try {
                delegate.addToBatch(jdbcValueBindings, inclusionChecker, staleStateMapper);
            } finally {
                afterExecution();
            }
        }

        @Override
        public void execute() {
            try {
                delegate.execute();
            } finally {
                afterExecution();
            }
        }

        @Override
        public void release() {
            try {
                delegate.release();
            } finally {
                rows = 0;
                afterExecution();
            }
        }

        @Override
        public void batchExplicitlyExecuted() {
            publish();
        }

        @Override
        public void batchImplicitlyExecuted() {
            publish();
        }

        private void publish() {
            ThreadState.get()[ThreadState.BATCH_ROWS] = rows;
            published = true;
        }

        private void afterExecution() {
            if (published) {
                published = false;
                rows = 0;
                ThreadState.get()[ThreadState.BATCH_ROWS] = null;
            }
        }
    }
}
