// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.internal;

import java.util.List;

import org.hibernate.Session;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.id.enhanced.SequenceStyleGenerator;

/**
 * Fetches the sequence values a bulk insert of many rows will need in one statement, instead of
 * one round trip per block of ids, and hands them to the entity's {@link PrefetchingPooledOptimizer}.
 * Applies to entities whose ids come from a database sequence through that optimizer, on
 * PostgreSQL and H2 (which can draw many values in one {@code select}); elsewhere nothing changes.
 */
public final class IdPrefetch implements AutoCloseable {

    private static final IdPrefetch NONE = new IdPrefetch(null);

    private final PrefetchingPooledOptimizer optimizer;

    private IdPrefetch(PrefetchingPooledOptimizer optimizer) {
        this.optimizer = optimizer;
    }

    /** Prefetches for {@code rows} new rows of {@code type}; close it when the inserts are done. */
    public static IdPrefetch forRows(Session session, Class<?> type, int rows) {
        SessionFactoryImplementor factory = session.getSessionFactory().unwrap(SessionFactoryImplementor.class);
        var persister = factory.getMappingMetamodel().getEntityDescriptor(type);
        if (!(persister.getGenerator() instanceof SequenceStyleGenerator generator)
                || !(generator.getOptimizer() instanceof PrefetchingPooledOptimizer optimizer)
                || !generator.getDatabaseStructure().isPhysicalSequence()) {
            return NONE;
        }
        int increment = generator.getDatabaseStructure().getIncrementSize();
        // One value per block of ids, one more for a block the optimizer may open early, one for the first call.
        int values = (rows + increment - 1) / increment + 2;
        Dialect dialect = factory.getJdbcServices().getDialect();
        String sequence = factory.getJdbcServices().getJdbcEnvironment().getQualifiedObjectNameFormatter()
                .format(generator.getDatabaseStructure().getPhysicalName(), dialect);
        String nextValue = dialect.getSequenceSupport().getSelectSequenceNextValString(sequence);
        String sql;
        if (dialect instanceof PostgreSQLDialect) {
            sql = "select " + nextValue + " from generate_series(1, " + values + ")";
        } else if (dialect instanceof H2Dialect) {
            sql = "select " + nextValue + " from system_range(1, " + values + ")";
        } else {
            return NONE;
        }
        List<Long> fetched = session.createNativeQuery(sql, Long.class).getResultList();
        optimizer.prefetch(fetched.stream().sorted().toList());
        return new IdPrefetch(optimizer);
    }

    @Override
    public void close() {
        if (optimizer != null) {
            optimizer.clearPrefetched();
        }
    }
}
