// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.hibernate.HibernateException;
import org.hibernate.JDBCException;
import org.hibernate.engine.jdbc.batch.spi.Batch;
import org.hibernate.engine.jdbc.mutation.JdbcValueBindings;
import org.hibernate.engine.jdbc.mutation.MutationExecutor;
import org.hibernate.engine.jdbc.mutation.OperationResultChecker;
import org.hibernate.engine.jdbc.mutation.ParameterUsage;
import org.hibernate.engine.jdbc.mutation.TableInclusionChecker;
import org.hibernate.engine.jdbc.mutation.group.PreparedStatementDetails;
import org.hibernate.engine.jdbc.mutation.spi.BatchKeyAccess;
import org.hibernate.engine.jdbc.mutation.spi.BindingGroup;
import org.hibernate.engine.jdbc.mutation.spi.MutationExecutorService;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.generator.values.GeneratedValues;
import org.hibernate.persister.entity.mutation.EntityMutationTarget;
import org.hibernate.sql.model.MutationOperationGroup;
import org.hibernate.sql.model.MutationType;
import org.hibernate.sql.model.TableMapping;
import org.hibernate.sql.model.ValuesAnalysis;
import org.hibernate.sql.model.internal.MutationOperationGroupFactory;
import org.hibernate.sql.model.jdbc.JdbcInsertMutation;

import dev.hibernatepack.mixins.spi.ConstraintNames;
import dev.hibernatepack.slug.SlugConflictException;

/**
 * Hibernate's {@link MutationExecutorService} with one addition: the insert or update that writes
 * a slug the listener just chose is run on its own (not batched), and when the database's unique
 * index reports the slug taken, the row is written again with the next free suffix. On PostgreSQL
 * the insert says {@code on conflict (...) do nothing}, so a taken slug costs no error: there a
 * failed statement would abort the transaction, and Hibernate marks it for rollback whatever a
 * savepoint could undo. Elsewhere the database undoes the failed statement alone and the insert or
 * update is simply run again. Every other statement goes to Hibernate's own executors untouched.
 */
public final class SlugMutationExecutorService implements MutationExecutorService {

    private static final BatchKeyAccess NOT_BATCHED = () -> null;

    private final MutationExecutorService delegate;

    SlugMutationExecutorService(MutationExecutorService delegate) {
        this.delegate = delegate;
    }

    @Override
    public MutationExecutor createExecutor(BatchKeyAccess batchKeySupplier, MutationOperationGroup operationGroup,
            SharedSessionContractImplementor session) {
        if (!PendingSlug.any() || !(operationGroup.getMutationTarget() instanceof EntityMutationTarget target)
                || (operationGroup.getMutationType() != MutationType.INSERT && operationGroup.getMutationType() != MutationType.UPDATE)) {
            return delegate.createExecutor(batchKeySupplier, operationGroup, session);
        }
        PendingSlug pending = PendingSlug.peek(target.getTargetPart().getEntityName());
        if (pending == null) {
            return delegate.createExecutor(batchKeySupplier, operationGroup, session);
        }
        MutationOperationGroup group = operationGroup;
        boolean onConflict = false;
        if (operationGroup.getMutationType() == MutationType.INSERT && pending.model.conflictTarget != null) {
            MutationOperationGroup doNothing = onConflictDoNothing(operationGroup, pending.model.conflictTarget);
            if (doNothing != null) {
                group = doNothing;
                onConflict = true;
            }
        }
        return new RetryingExecutor(delegate, group, session, pending, onConflict);
    }

    /**
     * The same single-table insert with {@code on conflict (...) do nothing} (before a
     * {@code returning} clause, if any); null when the insert is not that simple.
     */
    private static MutationOperationGroup onConflictDoNothing(MutationOperationGroup group, String conflictTarget) {
        if (group.getNumberOfOperations() != 1 || !(group.getSingleOperation() instanceof JdbcInsertMutation insert)
                || insert.isCallable()) {
            return null; // several tables (joined inheritance): a plain insert, retried the other way
        }
        String sql = insert.getSqlString();
        String clause = " on conflict " + conflictTarget + " do nothing";
        int returning = sql.toLowerCase(java.util.Locale.ROOT).lastIndexOf(" returning ");
        sql = returning < 0 ? sql + clause : sql.substring(0, returning) + clause + sql.substring(returning);
        var operation = new JdbcInsertMutation(insert.getTableDetails(), insert.getMutationTarget(), sql, false,
                insert.getExpectation(), insert.getParameterBinders());
        return MutationOperationGroupFactory.singleOperation(group.getMutationType(), group.getMutationTarget(), operation);
    }

    /** Runs the write; on a taken slug, finds the next suffix with one query and writes again. */
    private static final class RetryingExecutor implements MutationExecutor {

        private final MutationExecutorService service;
        private final MutationOperationGroup group;
        private final SharedSessionContractImplementor session;
        private final PendingSlug pending;
        private final boolean onConflict;
        private final List<Object[]> bound = new ArrayList<>();
        private final JdbcValueBindings recording = new RecordingBindings();
        private MutationExecutor current;

        RetryingExecutor(MutationExecutorService service, MutationOperationGroup group, SharedSessionContractImplementor session,
                PendingSlug pending, boolean onConflict) {
            this.service = service;
            this.group = group;
            this.session = session;
            this.pending = pending;
            this.onConflict = onConflict;
            this.current = service.createExecutor(NOT_BATCHED, group, session);
        }

        @Override
        public JdbcValueBindings getJdbcValueBindings() {
            return recording;
        }

        @Override
        public PreparedStatementDetails getPreparedStatementDetails(String tableName) {
            return current.getPreparedStatementDetails(tableName);
        }

        @Override
        public GeneratedValues execute(Object modelReference, ValuesAnalysis valuesAnalysis, TableInclusionChecker inclusionChecker,
                OperationResultChecker resultChecker, SharedSessionContractImplementor session) {
            return execute(modelReference, valuesAnalysis, inclusionChecker, resultChecker, session, null);
        }

        @Override
        public GeneratedValues execute(Object modelReference, ValuesAnalysis valuesAnalysis, TableInclusionChecker inclusionChecker,
                OperationResultChecker resultChecker, SharedSessionContractImplementor session, Batch.StaleStateMapper staleStateMapper) {
            PendingSlug.clear();
            boolean readsBack = onConflict && group.asEntityMutationOperationGroup() != null
                    && group.asEntityMutationOperationGroup().getMutationDelegate() != null;
            if (modelReference != pending.entity) {
                return current.execute(modelReference, valuesAnalysis, inclusionChecker, resultChecker, session, staleStateMapper);
            }
            try {
                return write(modelReference, valuesAnalysis, inclusionChecker, resultChecker, staleStateMapper, readsBack);
            } catch (RuntimeException e) {
                setSlug(pending.original); // the row was not written: the entity keeps the slug it had
                throw e;
            }
        }

        private GeneratedValues write(Object modelReference, ValuesAnalysis valuesAnalysis, TableInclusionChecker inclusionChecker,
                OperationResultChecker resultChecker, Batch.StaleStateMapper staleStateMapper, boolean readsBack) {
            SlugModel model = pending.model;
            int maxAttempts = pending.runtime.config.maxAttempts();
            for (int attempt = 1; ; attempt++) {
                boolean[] taken = {false};
                OperationResultChecker checker = !onConflict ? resultChecker : (details, rows, position) -> {
                    if (rows == 0) {
                        taken[0] = true; // "on conflict do nothing" wrote nothing: the slug is taken
                        return true;
                    }
                    return resultChecker.checkResult(details, rows, position);
                };
                RuntimeException failure = null;
                int highest = -1;
                try {
                    GeneratedValues generated = current.execute(modelReference, valuesAnalysis, inclusionChecker, checker, session,
                            staleStateMapper);
                    if (!taken[0]) {
                        pending.runtime.wrote(session, model, pending.scope, pending.base, pending.suffix);
                        return generated;
                    }
                } catch (ConstraintViolationException e) {
                    if (!model.indexName.equalsIgnoreCase(String.valueOf(ConstraintNames.of(e.getConstraintName())))
                            || session.getJdbcServices().getDialect().causesRollback(e.getSQLException())) {
                        throw e; // another key, or a database whose transaction cannot go on after a failed statement
                    }
                    failure = e;
                } catch (HibernateException e) {
                    // "on conflict do nothing ... returning id" that wrote nothing returns no id: Hibernate
                    // reports the missing id; the query below tells whether the slug is why.
                    if (!readsBack || e instanceof JDBCException) {
                        throw e;
                    }
                    highest = model.highestSuffix(session, pending.base, pending.state, pending.resolved);
                    if (highest < pending.suffix) {
                        throw e;
                    }
                    failure = e;
                }
                if (attempt >= maxAttempts) {
                    throw new SlugConflictException(model.entityName, pending.slug(), attempt, failure);
                }
                if (highest < 0) {
                    highest = model.highestSuffix(session, pending.base, pending.state, pending.resolved);
                }
                highest = Math.max(highest, pending.suffix);
                // After a lost race, spread the contenders over a window that doubles each time.
                int spread = attempt == 1 ? 0 : ThreadLocalRandom.current().nextInt(1 << Math.min(attempt - 1, 8));
                pending.suffix = highest + 1 + spread;
                String slug = pending.slug();
                setSlug(slug);
                current.release();
                current = service.createExecutor(NOT_BATCHED, group, session);
                for (Object[] binding : bound) {
                    boolean slugColumn = pending.resolved.slugColumn().equals(binding[2]) && binding[3] == ParameterUsage.SET;
                    current.getJdbcValueBindings().bindValue(slugColumn ? slug : binding[0], (String) binding[1], (String) binding[2],
                            (ParameterUsage) binding[3]);
                }
            }
        }

        private void setSlug(String slug) {
            pending.state[pending.resolved.slug()] = slug;
            ((EntityMutationTarget) group.getMutationTarget()).getTargetPart().getEntityPersister()
                    .setValue(pending.entity, pending.resolved.slug(), slug);
        }

        @Override
        public void release() {
            current.release();
        }

        /** Hibernate's bindings, also noted so that the write can be bound again with another slug. */
        private final class RecordingBindings implements JdbcValueBindings {

            @Override
            public BindingGroup getBindingGroup(String tableName) {
                return current.getJdbcValueBindings().getBindingGroup(tableName);
            }

            @Override
            public void bindValue(Object value, String tableName, String columnName, ParameterUsage usage) {
                bound.add(new Object[] {value, tableName, columnName, usage});
                current.getJdbcValueBindings().bindValue(value, tableName, columnName, usage);
            }

            @Override
            public void beforeStatement(PreparedStatementDetails statementDetails) {
                current.getJdbcValueBindings().beforeStatement(statementDetails);
            }

            @Override
            public void afterStatement(TableMapping mutatingTable) {
                current.getJdbcValueBindings().afterStatement(mutatingTable);
            }
        }
    }
}
