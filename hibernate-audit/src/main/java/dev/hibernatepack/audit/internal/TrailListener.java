// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PostUpsertEvent;
import org.hibernate.event.spi.PostUpsertEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.Type;

import dev.hibernatepack.audit.AuditAction;
import dev.hibernatepack.audit.AuditTrail;
import dev.hibernatepack.audit.CreatedBy;
import dev.hibernatepack.audit.UpdatedBy;
import dev.hibernatepack.mixins.CreatedAt;
import dev.hibernatepack.mixins.DeletedFlag;
import dev.hibernatepack.mixins.PackClock;
import dev.hibernatepack.mixins.UpdatedAt;
import dev.hibernatepack.mixins.spi.EntityAnnotations;

/**
 * Collects an audit-log row for each insert, update and delete of an {@link AuditTrail} entity
 * during the transaction, and writes them all, in JDBC batches, just before it commits: in the
 * same transaction, on the same connection. A rolled-back
 * transaction writes none; an update that changed nothing the trail shows writes none. In a
 * {@code StatelessSession} an update (or upsert) is compared with the row {@link StoredStates} read
 * before it, and a delete lists the values of the instance deleted.
 */
final class TrailListener implements PostInsertEventListener, PostUpdateEventListener, PostUpsertEventListener,
        PostDeleteEventListener {

    private static final long serialVersionUID = 1L;
    private static final int BATCH_SIZE = 50;

    private final transient AuditConfig config;
    private final transient StoredStates stored;
    private final transient Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();
    private final transient Map<SharedSessionContractImplementor, Pending> pending = new ConcurrentHashMap<>();
    private transient volatile java.time.Clock clock;

    /**
     * Per entity class: which properties are sensitive, which one is the soft-delete flag, and
     * which are the version, the pack's timestamps or who-columns.
     */
    private record Shape(boolean audited, boolean[] sensitive, int deletedFlag, Bookkeeping[] bookkeeping) {
    }

    TrailListener(AuditConfig config, StoredStates stored) {
        this.config = config;
        this.stored = stored;
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        Shape shape = shape(event.getPersister(), event.getEntity());
        if (shape.audited()) {
            record(event.getSession(), event.getPersister(), shape, event.getId(), AuditAction.INSERT, null, event.getState());
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        Shape shape = shape(event.getPersister(), event.getEntity());
        if (!shape.audited()) {
            return;
        }
        Object[] oldState = event.getOldState();
        if (oldState == null) {
            StoredStates.Stored row = stored.of(event.getSession(), event.getState());
            if (row == null || row.state() == null) {
                return; // nothing to compare with; a stateless update of a missing row fails anyway
            }
            oldState = row.state();
        }
        recordUpdate(event.getSession(), event.getPersister(), shape, event.getId(), oldState, event.getState());
    }

    /** A stateless upsert ({@code save} of a Jakarta Data repository): an insert when there was no row, else an update. */
    @Override
    public void onPostUpsert(PostUpsertEvent event) {
        Shape shape = shape(event.getPersister(), event.getEntity());
        StoredStates.Stored row = stored.of(event.getSession(), event.getState());
        if (!shape.audited() || row == null) {
            return;
        }
        if (row.state() == null) {
            record(event.getSession(), event.getPersister(), shape, event.getId(), AuditAction.INSERT, null, event.getState());
        } else {
            recordUpdate(event.getSession(), event.getPersister(), shape, event.getId(), row.state(), event.getState());
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        Shape shape = shape(event.getPersister(), event.getEntity());
        if (shape.audited()) {
            Object[] deletedState = event.getDeletedState();
            if (deletedState == null && event.getSession().isStateless()) {
                deletedState = event.getPersister().getValues(event.getEntity()); // a stateless session loaded nothing
            }
            record(event.getSession(), event.getPersister(), shape, event.getId(), AuditAction.DELETE, deletedState, null);
        }
    }

    private void recordUpdate(SharedSessionContractImplementor session, EntityPersister persister, Shape shape, Object id,
            Object[] oldState, Object[] newState) {
        AuditAction action = AuditAction.UPDATE;
        if (shape.deletedFlag() >= 0) {
            boolean was = Boolean.TRUE.equals(oldState[shape.deletedFlag()]);
            boolean is = Boolean.TRUE.equals(newState[shape.deletedFlag()]);
            action = !was && is ? AuditAction.SOFT_DELETE : was && !is ? AuditAction.RESTORE : AuditAction.UPDATE;
        }
        record(session, persister, shape, id, action, oldState, newState);
    }

    private Shape shape(EntityPersister persister, Object entity) {
        return shapes.computeIfAbsent(persister.getMappedClass(), type -> {
            if (!type.isAnnotationPresent(AuditTrail.class)) {
                return new Shape(false, null, -1, null);
            }
            EntityAnnotations model = EntityAnnotations.of(type);
            String[] names = persister.getPropertyNames();
            boolean[] sensitive = new boolean[names.length];
            Bookkeeping[] bookkeeping = new Bookkeeping[names.length];
            int version = persister.isVersioned() ? persister.getVersionPropertyIndex() : -1;
            int flag = -1;
            for (int i = 0; i < names.length; i++) {
                sensitive[i] = model.isSensitive(names[i]);
                if (model.has(names[i], DeletedFlag.class)) {
                    flag = i;
                }
                bookkeeping[i] = i == version || model.has(names[i], CreatedAt.class) || model.has(names[i], UpdatedAt.class)
                        ? Bookkeeping.HIDDEN
                        : model.has(names[i], CreatedBy.class) || model.has(names[i], UpdatedBy.class) ? Bookkeeping.WHO
                        : Bookkeeping.NONE;
            }
            return new Shape(true, sensitive, flag, bookkeeping);
        });
    }

    private void record(SharedSessionContractImplementor session, EntityPersister persister, Shape shape, Object id,
            AuditAction action, Object[] oldState, Object[] newState) {
        String changes = changes(session, persister, shape, oldState, newState);
        if (changes == null) {
            return;
        }
        Pending rows = pending.computeIfAbsent(session, s -> {
            Pending created = new Pending(s, transactionId());
            s.getTransactionCompletionCallbacks().registerCallback(created);
            s.getTransactionCompletionCallbacks().registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback)
                    (success, done) -> pending.remove(done));
            return created;
        });
        rows.add(new AuditLogRow(persister.getEntityName(), String.valueOf(id), action, who(session),
                clock(session).instant(), rows.transactionId, changes));
    }

    /** A random (version 4) UUID without SecureRandom's cost: it names a transaction, it guards nothing. */
    private static String transactionId() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private java.time.Clock clock(SharedSessionContractImplementor session) {
        java.time.Clock current = clock;
        if (current == null) {
            current = PackClock.of(session.getFactory());
            clock = current;
        }
        return current;
    }

    /**
     * The JSON of the changed attributes, or {@code null} when nothing the trail shows changed. An
     * update (soft delete, restore) lists what the application changed: the version and the
     * {@code @CreatedAt}/{@code @UpdatedAt} timestamps, which every write moves, are left out (the
     * row's own {@code changed_at} says when), and who-columns are listed beside a real change but
     * never make a row alone. An insert and a delete list every value.
     */
    private String changes(SharedSessionContractImplementor session, EntityPersister persister, Shape shape, Object[] oldState,
            Object[] newState) {
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        Bookkeeping[] bookkeeping = oldState != null && newState != null ? shape.bookkeeping() : null;
        StringBuilder json = new StringBuilder("{");
        int written = 0;
        boolean meaningful = false;
        for (int i = 0; i < names.length; i++) {
            if (types[i].isCollectionType() || bookkeeping != null && bookkeeping[i] == Bookkeeping.HIDDEN) {
                continue;
            }
            Object before = oldState == null ? null : value(session, types[i], oldState[i]);
            Object after = newState == null ? null : value(session, types[i], newState[i]);
            if (Objects.equals(before, after)) {
                continue;
            }
            if (shape.sensitive()[i]) {
                switch (config.sensitive().mode()) {
                    case OMIT -> {
                        continue;
                    }
                    case MASK -> {
                        json.append(written++ == 0 ? "" : ",");
                        Json.string(json, names[i]).append(":{\"changed\":true}");
                        meaningful = true;
                        continue;
                    }
                    case HASH -> {
                        before = config.sensitive().hash(before);
                        after = config.sensitive().hash(after);
                    }
                    default -> throw new IllegalStateException();
                }
            }
            meaningful |= bookkeeping == null || bookkeeping[i] != Bookkeeping.WHO;
            json.append(written++ == 0 ? "" : ",");
            Json.string(json, names[i]).append(":{\"old\":");
            Json.value(json, before).append(",\"new\":");
            Json.value(json, after).append('}');
        }
        return written == 0 || !meaningful ? null : json.append('}').toString();
    }

    /** What the trail makes of an attribute in an update: an application value, a who-column, or hidden bookkeeping. */
    private enum Bookkeeping { NONE, WHO, HIDDEN }

    /** A property's value as the trail shows it: an entity reference by its id, the rest as it is. */
    private static Object value(SharedSessionContractImplementor session, Type type, Object value) {
        if (value == null || !type.isEntityType()) {
            return value;
        }
        var lazy = HibernateProxy.extractLazyInitializer(value);
        if (lazy != null) {
            return lazy.getIdentifier();
        }
        if (!type.getReturnedClass().isInstance(value)) {
            return value; // the id itself, as a stored state read from the database holds it
        }
        EntityPersister target = session.getFactory().getMappingMetamodel().findEntityDescriptor(value.getClass());
        return target == null ? value.toString() : target.getIdentifier(value, session);
    }

    private String who(SharedSessionContractImplementor session) {
        Optional<Object> user = config.resolver().currentUser();
        if (user.isEmpty()) {
            return null;
        }
        Object value = user.get();
        EntityPersister persister = session.getFactory().getMappingMetamodel().findEntityDescriptor(org.hibernate.Hibernate.getClass(value));
        Object id = persister == null ? value : persister.getIdentifier(value, session);
        return String.valueOf(id);
    }

    /**
     * The rows of one transaction of one session, written just before it commits: one batched
     * {@code insert} on the session's own JDBC connection (the table is the module's own, so no
     * persistence context or entity events are needed), ids from the table's sequence through
     * Hibernate's generator.
     */
    private static final class Pending implements TransactionCompletionCallbacks.BeforeCompletionCallback {

        private final SharedSessionContractImplementor session;
        private final String transactionId;
        private final List<AuditLogRow> rows = new ArrayList<>();

        Pending(SharedSessionContractImplementor session, String transactionId) {
            this.session = session;
            this.transactionId = transactionId;
        }

        void add(AuditLogRow row) {
            rows.add(row);
        }

        @Override
        public void doBeforeTransactionCompletion(SharedSessionContractImplementor completing) {
            if (rows.isEmpty()) {
                return;
            }
            EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(AuditLogRow.class);
            var generator = (BeforeExecutionGenerator) persister.getGenerator();
            String sql = "insert into " + persister.getTableName()
                    + " (id,entity_name,entity_id,action,changed_by,changed_at,transaction_id,changes) values (?,?,?,?,?,?,?,?)";
            var jdbc = session.getJdbcCoordinator();
            PreparedStatement statement = jdbc.getStatementPreparer().prepareStatement(sql);
            try {
                int pending = 0;
                for (AuditLogRow row : rows) {
                    statement.setObject(1, generator.generate(session, row, null, EventType.INSERT));
                    statement.setString(2, row.getEntityName());
                    statement.setString(3, row.getEntityId());
                    statement.setString(4, row.getAction().name());
                    statement.setString(5, row.getChangedBy());
                    statement.setObject(6, OffsetDateTime.ofInstant(row.getChangedAt(), ZoneOffset.UTC));
                    statement.setString(7, row.getTransactionId());
                    statement.setString(8, row.getChanges());
                    statement.addBatch();
                    if (++pending == BATCH_SIZE) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            } catch (SQLException e) {
                throw session.getJdbcServices().getSqlExceptionHelper().convert(e,
                        "Could not write the audit trail of transaction " + transactionId, sql);
            } finally {
                jdbc.getLogicalConnection().getResourceRegistry().release(statement);
                jdbc.afterStatementExecution();
            }
        }
    }

    /** Just enough JSON for the trail: strings, numbers, booleans, null; everything else as its text. */
    static final class Json {

        private Json() {
        }

        static StringBuilder value(StringBuilder out, Object value) {
            if (value == null) {
                return out.append("null");
            }
            if (value instanceof Boolean || (value instanceof Number number && Double.isFinite(number.doubleValue()))) {
                return out.append(value);
            }
            if (value instanceof Enum<?> constant) {
                return string(out, constant.name());
            }
            // Dates and times, and anything else, as their ISO / text form.
            return string(out, value.toString());
        }

        static StringBuilder string(StringBuilder out, String text) {
            out.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"');
        }
    }
}
