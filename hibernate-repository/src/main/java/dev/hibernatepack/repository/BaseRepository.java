// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;

import jakarta.data.Order;
import jakarta.data.Sort;
import jakarta.data.page.Page;
import jakarta.data.page.PageRequest;
import jakarta.data.page.impl.PageRecord;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;

import org.hibernate.Session;
import org.hibernate.StatelessSession;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.graph.RootGraph;
import org.hibernate.jpa.SpecHints;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.query.SelectionQuery;
import org.hibernate.query.range.Range;
import org.hibernate.query.restriction.Restriction;
import org.hibernate.query.specification.SelectionSpecification;

import dev.hibernatepack.mixins.DeletedFlag;
import dev.hibernatepack.mixins.SoftDeletable;
import dev.hibernatepack.mixins.SoftDeletes;
import dev.hibernatepack.mixins.spi.BulkAssignments;
import dev.hibernatepack.mixins.spi.EntityAnnotations;
import dev.hibernatepack.mixins.spi.HibernateObjects;
import dev.hibernatepack.repository.internal.Attributes;
import dev.hibernatepack.repository.internal.IdPrefetch;
import dev.hibernatepack.repository.internal.Attributes.Use;
import dev.hibernatepack.repository.internal.NamedRestriction;
import dev.hibernatepack.repository.internal.Records;

/**
 * The repository of one entity type, with the verbs of Spring Data and Jakarta Data: find, get,
 * exists, count, insert, update, save, delete, paging and sorting with Jakarta Data's
 * {@link PageRequest} and {@link Order}, filtering with Hibernate's {@link Restriction},
 * eager loading by attribute path, aggregation and native SQL into records, and bulk operations
 * that keep the mixins' rules. Extend it for an entity's own queries:
 *
 * <pre>{@code
 * public class PostRepository extends BaseRepository<Post, Long> {
 *     public PostRepository(SessionSource source) { super(source, Post.class); }
 *
 *     public List<Post> byAuthor(String name) {
 *         return findAll(where("author.name", Range.singleValue(name)), Order.by(Sort.desc("createdAt")));
 *     }
 * }
 * }</pre>
 *
 * <p>With a {@link Database} as its source, each method joins the transaction that
 * {@code inTransaction} runs on the calling thread, or runs in a transaction of its own (reads
 * read-only, on the replica when there is one). Every failure arrives as a typed
 * {@link DatabaseException} naming the operation, after rollback, logged once. Attribute names
 * given as strings (sorts, filters, fetches, groups, assignments) are checked against the
 * metamodel, never pasted into a query, so they may come from user input.
 *
 * @param <T> the entity type
 * @param <ID> the type of its id
 */
public class BaseRepository<T, ID> {

    /** Rows per JDBC batch for {@link #insertAll} when the factory sets no batch size. */
    public static final int DEFAULT_BATCH_SIZE = 50;

    private static final int UNPREFETCHED_CHUNK_BATCHES = 20;

    private static final List<BulkAssignments> BULK_ASSIGNMENTS = ServiceLoader.load(BulkAssignments.class,
            BulkAssignments.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();

    private final SessionSource source;
    private final Class<T> type;
    private final String name;

    /** A repository of {@code type}, with its sessions from {@code source}. */
    public BaseRepository(SessionSource source, Class<T> type) {
        this.source = Objects.requireNonNull(source, "source must not be null");
        this.type = Objects.requireNonNull(type, "type must not be null");
        this.name = type.getSimpleName();
    }

    /**
     * For the client proxy a CDI container makes of an {@code @ApplicationScoped} or
     * {@code @RequestScoped} subclass: CDI requires a constructor without parameters, and the
     * proxy hands every call to the repository the container built with the other constructor.
     * A repository made with this one has no session source or entity type: not for other uses.
     */
    protected BaseRepository() {
        this.source = null;
        this.type = null;
        this.name = null;
    }

    /** The entity type. */
    public Class<T> type() {
        return type;
    }

    /** Where this repository's sessions come from, for a subclass's own queries. */
    protected SessionSource source() {
        return source;
    }

    /**
     * Runs a subclass's own read in the repository's session handling: joined or read-only
     * transaction, typed errors described as {@code Entity.operation}.
     */
    protected <R> R read(String operation, Function<? super Session, R> work) {
        return source.read(name + "." + operation, work);
    }

    /** As {@link #read}, for work that writes. */
    protected <R> R write(String operation, Function<? super Session, R> work) {
        return source.write(name + "." + operation, work);
    }

    // ---- finding

    /** The entity with {@code id}, or empty when there is none (or it is soft-deleted). */
    public Optional<T> findById(ID id) {
        Objects.requireNonNull(id, "id must not be null");
        return read("findById(id=" + id + ")", session -> Optional.ofNullable(session.find(type, id)));
    }

    /**
     * The entity with {@code id}.
     *
     * @throws RecordNotFoundException when there is none, or it is soft-deleted
     */
    public T getById(ID id) {
        Objects.requireNonNull(id, "id must not be null");
        return read("getById(id=" + id + ")", session -> required(session.find(type, id), id));
    }

    private T required(T entity, Object id) {
        if (entity == null) {
            throw new RecordNotFoundException(name, id);
        }
        return entity;
    }

    /** Whether a (live) row has {@code id}; loads nothing. */
    public boolean existsById(ID id) {
        Objects.requireNonNull(id, "id must not be null");
        return read("existsById(id=" + id + ")", session -> !session.createSelectionQuery(
                "select 1 from " + entityName(session) + " e where id(e) = :id", Integer.class)
                .setParameter("id", id).setMaxResults(1).getResultList().isEmpty());
    }

    /** Whether any (live) row matches {@code where}. */
    public boolean exists(Restriction<? super T> where) {
        Objects.requireNonNull(where, "where must not be null");
        return read("exists", session -> {
            CriteriaBuilder builder = session.getCriteriaBuilder();
            CriteriaQuery<Integer> query = builder.createQuery(Integer.class);
            Root<T> root = query.from(type);
            query.select(builder.literal(1)).where(where.toPredicate(root, builder));
            return !session.createSelectionQuery(query).setMaxResults(1).getResultList().isEmpty();
        });
    }

    /** The number of (live) rows. */
    public long count() {
        return count(Restriction.unrestricted());
    }

    /** The number of (live) rows matching {@code where}. */
    public long count(Restriction<? super T> where) {
        Objects.requireNonNull(where, "where must not be null");
        return read("count", session -> countIn(session, where));
    }

    private long countIn(Session session, Restriction<? super T> where) {
        CriteriaBuilder builder = session.getCriteriaBuilder();
        CriteriaQuery<Long> query = builder.createQuery(Long.class);
        Root<T> root = query.from(type);
        query.select(builder.count(root)).where(where.toPredicate(root, builder));
        return session.createSelectionQuery(query).getSingleResult();
    }

    /** Every (live) row. Prefer a page for tables that grow. */
    public List<T> findAll() {
        return findAll(Restriction.unrestricted(), Order.by());
    }

    /** The (live) rows matching {@code where}, in {@code order}. */
    public List<T> findAll(Restriction<? super T> where, Order<? super T> order) {
        return new Fetching<>(this, List.of()).findAll(where, order);
    }

    /**
     * One page of the (live) rows matching {@code where}, in {@code order} and then by id, so that
     * pages never overlap or skip a row of equal sort keys. Offset pages only ({@code PageRequest.ofPage(n)});
     * the total is counted when the request asks for it. A size too large for the database to
     * address, such as {@code Integer.MAX_VALUE}, reads every remaining row (the usual way to ask
     * for "everything"); a page that starts beyond {@value PageOutOfRangeException#MAX_OFFSET} rows
     * is refused before any SQL is sent.
     *
     * @throws PageOutOfRangeException when {@code (page - 1) * size} is more than
     *         {@value PageOutOfRangeException#MAX_OFFSET}
     */
    public Page<T> findAll(Restriction<? super T> where, PageRequest page, Order<? super T> order) {
        return new Fetching<>(this, List.of()).findAll(where, page, order);
    }

    /** As {@link #findAll(Restriction, PageRequest, Order)}, unfiltered. */
    public Page<T> findAll(PageRequest page, Order<? super T> order) {
        return findAll(Restriction.unrestricted(), page, order);
    }

    /**
     * The results of a Hibernate {@link SelectionSpecification} of this entity: for what a
     * {@link Restriction} cannot say, such as a subquery added with {@code augment}.
     */
    public List<T> findAll(SelectionSpecification<T> specification) {
        Objects.requireNonNull(specification, "specification must not be null");
        return read("findAll(specification)", session -> specification.createQuery(session).getResultList());
    }

    /**
     * A restriction on the attribute {@code attribute} (dotted through embeddables and to-one
     * associations), checked against the metamodel when the query runs: unknown or
     * {@code @Sensitive} names and values of the wrong type are refused with
     * {@link InvalidAttributeException}, so both may come from user input. Combine with
     * {@code and}, {@code or}, {@code negated()} and {@link Restriction#all} / {@link Restriction#any}.
     */
    public Restriction<T> where(String attribute, Range<?> range) {
        Objects.requireNonNull(attribute, "attribute must not be null");
        Objects.requireNonNull(range, "range must not be null");
        return new NamedRestriction<>(attribute, range, false);
    }

    /**
     * A view of this repository whose finds also load the associations at {@code paths} ({@code
     * "author"}, {@code "comments.author"}) in the same query, through an entity graph, instead
     * of one query per row later.
     */
    public Fetching<T, ID> fetch(String... paths) {
        Objects.requireNonNull(paths, "paths must not be null");
        return new Fetching<>(this, List.of(paths));
    }

    /**
     * Finds with eager loading; see {@link BaseRepository#fetch}. A page that fetches a
     * collection is read in two queries (the page's ids, then the rows with their collections),
     * because a row limit on a join with a collection would cut collections short.
     */
    public static final class Fetching<T, ID> {

        private final BaseRepository<T, ID> repository;
        private final List<String> paths;

        private Fetching(BaseRepository<T, ID> repository, List<String> paths) {
            this.repository = repository;
            this.paths = paths;
        }

        /** As {@link BaseRepository#findById}, with the fetched associations loaded. */
        public Optional<T> findById(ID id) {
            Objects.requireNonNull(id, "id must not be null");
            return repository.read("findById(id=" + id + ")" + fetched(), session -> Optional.ofNullable(find(session, id)));
        }

        /** As {@link BaseRepository#getById}, with the fetched associations loaded. */
        public T getById(ID id) {
            Objects.requireNonNull(id, "id must not be null");
            return repository.read("getById(id=" + id + ")" + fetched(), session -> repository.required(find(session, id), id));
        }

        /** As {@link BaseRepository#findAll(Restriction, Order)}, with the fetched associations loaded. */
        public List<T> findAll(Restriction<? super T> where, Order<? super T> order) {
            Objects.requireNonNull(where, "where must not be null");
            Objects.requireNonNull(order, "order must not be null");
            return repository.read("findAll" + fetched(), session -> {
                SelectionQuery<T> query = session.createSelectionQuery(repository.criteria(session, where, order, false));
                graph(session, query);
                return query.getResultList();
            });
        }

        /** As {@link BaseRepository#findAll(Restriction, PageRequest, Order)}, with the fetched associations loaded. */
        public Page<T> findAll(Restriction<? super T> where, PageRequest page, Order<? super T> order) {
            Objects.requireNonNull(where, "where must not be null");
            Objects.requireNonNull(page, "page must not be null");
            Objects.requireNonNull(order, "order must not be null");
            if (page.mode() != PageRequest.Mode.OFFSET) {
                throw new IllegalArgumentException("Cursor-based page requests are not supported; use PageRequest.ofPage(n)");
            }
            int first = firstRow(page);
            return repository.read("findAll(page=" + page.page() + ", size=" + page.size() + ")" + fetched(), session -> {
                RootGraph<T> graph = paths.isEmpty() ? null : session.createEntityGraph(repository.type);
                boolean collections = graph != null && addPaths(session, graph);
                List<T> content;
                if (collections) {
                    content = repository.pageThroughIds(session, where, order, first, page.size(), graph);
                } else {
                    SelectionQuery<T> query = limit(session.createSelectionQuery(repository.criteria(session, where, order, true)),
                            first, page.size());
                    if (graph != null) {
                        query.setHint(SpecHints.HINT_SPEC_LOAD_GRAPH, graph);
                    }
                    content = query.getResultList();
                }
                boolean more = content.size() > page.size();
                if (more) {
                    content = content.subList(0, page.size());
                }
                long total = page.requestTotal() ? repository.countIn(session, where) : -1;
                return new PageRecord<>(page, List.copyOf(content), total, more);
            });
        }

        private T find(Session session, ID id) {
            if (paths.isEmpty()) {
                return session.find(repository.type, id);
            }
            RootGraph<T> graph = session.createEntityGraph(repository.type);
            addPaths(session, graph);
            return session.find(repository.type, id, Map.of(SpecHints.HINT_SPEC_LOAD_GRAPH, graph));
        }

        private void graph(Session session, SelectionQuery<T> query) {
            if (!paths.isEmpty()) {
                RootGraph<T> graph = session.createEntityGraph(repository.type);
                addPaths(session, graph);
                query.setHint(SpecHints.HINT_SPEC_LOAD_GRAPH, graph);
            }
        }

        private boolean addPaths(Session session, RootGraph<T> graph) {
            EntityType<T> entity = session.getMetamodel().entity(repository.type);
            boolean plural = false;
            for (String path : paths) {
                plural |= Attributes.fetch(graph, entity, path);
            }
            return plural;
        }

        private String fetched() {
            return paths.isEmpty() ? "" : " fetching " + paths;
        }
    }

    /**
     * The rows a page skips, {@code (page - 1) * size}.
     *
     * @throws PageOutOfRangeException when that is more than a query can skip
     */
    private static int firstRow(PageRequest page) {
        long before = page.page() - 1;
        if (before > PageOutOfRangeException.MAX_OFFSET / page.size()) {
            throw new PageOutOfRangeException(page.page(), page.size());
        }
        return (int) (before * page.size());
    }

    /**
     * Skips {@code first} rows and reads one more than {@code size}, to tell whether another page
     * follows; when that row lies beyond what a query can address (a size such as
     * {@code Integer.MAX_VALUE}, meaning "everything"), reads every remaining row instead.
     */
    private static <R> SelectionQuery<R> limit(SelectionQuery<R> query, int first, int size) {
        query.setFirstResult(first);
        if ((long) first + size + 1 <= Integer.MAX_VALUE) {
            query.setMaxResults(size + 1);
        }
        return query;
    }

    private CriteriaQuery<T> criteria(Session session, Restriction<? super T> where, Order<? super T> order, boolean byId) {
        CriteriaBuilder builder = session.getCriteriaBuilder();
        CriteriaQuery<T> query = builder.createQuery(type);
        Root<T> root = query.from(type);
        query.select(root).where(where.toPredicate(root, builder));
        query.orderBy(orders(builder, root, order, byId));
        return query;
    }

    private List<jakarta.persistence.criteria.Order> orders(CriteriaBuilder builder, Root<T> root, Order<? super T> order, boolean byId) {
        List<jakarta.persistence.criteria.Order> orders = new ArrayList<>();
        for (Sort<? super T> sort : order) {
            Expression<?> path = Attributes.path(root, sort.property(), Use.SORT);
            if (sort.ignoreCase()) {
                if (path.getJavaType() != String.class) {
                    throw new InvalidAttributeException("Cannot sort by [" + sort.property() + "] ignoring case: it is not text",
                            sort.property(), List.of(sort.property()));
                }
                @SuppressWarnings("unchecked")
                Expression<String> text = (Expression<String>) path;
                path = builder.lower(text);
            }
            orders.add(sort.isAscending() ? builder.asc(path) : builder.desc(path));
        }
        if (byId) {
            orders.add(builder.asc(root.get(root.getModel().getId(root.getModel().getIdType().getJavaType()).getName())));
        }
        return orders;
    }

    private List<T> pageThroughIds(Session session, Restriction<? super T> where, Order<? super T> order, int first, int size,
            RootGraph<T> graph) {
        CriteriaBuilder builder = session.getCriteriaBuilder();
        CriteriaQuery<Object[]> ids = builder.createQuery(Object[].class);
        Root<T> root = ids.from(type);
        String idName = root.getModel().getId(root.getModel().getIdType().getJavaType()).getName();
        List<jakarta.persistence.criteria.Order> orders = orders(builder, root, order, true);
        List<Selection<?>> selections = new ArrayList<>();
        selections.add(root.get(idName));
        // Sort keys are selected too: some databases refuse "select distinct" ordered by what it does not select.
        orders.forEach(o -> selections.add(o.getExpression()));
        ids.multiselect(selections).where(where.toPredicate(root, builder)).orderBy(orders);
        List<Object> pageIds = limit(session.createSelectionQuery(ids), first, size)
                .getResultList().stream().map(row -> row[0]).toList();
        if (pageIds.isEmpty()) {
            return List.of();
        }
        CriteriaQuery<T> rows = builder.createQuery(type);
        Root<T> rowRoot = rows.from(type);
        rows.select(rowRoot).where(rowRoot.get(idName).in(pageIds));
        List<T> loaded = session.createSelectionQuery(rows).setHint(SpecHints.HINT_SPEC_LOAD_GRAPH, graph).getResultList();
        Map<Object, T> byId = new HashMap<>();
        var util = session.getEntityManagerFactory().getPersistenceUnitUtil();
        loaded.forEach(entity -> byId.put(util.getIdentifier(entity), entity));
        return pageIds.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    // ---- aggregating and native SQL

    /**
     * One record per value of {@code groupBy} (in ascending order), holding that value and then
     * each aggregate, in the order given: {@code record Totals(String owner, long count, long sum)}.
     * Soft-deleted rows are not counted.
     */
    public <R> List<R> aggregate(Class<R> into, String groupBy, Aggregate... aggregates) {
        return aggregate(into, Restriction.unrestricted(), groupBy, aggregates);
    }

    /** As {@link #aggregate(Class, String, Aggregate...)}, over the rows matching {@code where}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <R> List<R> aggregate(Class<R> into, Restriction<? super T> where, String groupBy, Aggregate... aggregates) {
        Objects.requireNonNull(into, "into must not be null");
        Objects.requireNonNull(where, "where must not be null");
        Objects.requireNonNull(groupBy, "groupBy must not be null");
        Objects.requireNonNull(aggregates, "aggregates must not be null");
        Records.mapper(into, aggregates.length + 1);
        return read("aggregate(groupBy=" + groupBy + ", " + Arrays.toString(aggregates) + ")", session -> {
            CriteriaBuilder builder = session.getCriteriaBuilder();
            CriteriaQuery<Object[]> query = builder.createQuery(Object[].class);
            Root<T> root = query.from(type);
            Path<?> group = Attributes.path(root, groupBy, Use.GROUP);
            List<Selection<?>> selections = new ArrayList<>();
            selections.add(group);
            for (Aggregate aggregate : aggregates) {
                Path path = aggregate.attribute() == null ? null : Attributes.path(root, aggregate.attribute(), Use.AGGREGATE);
                if (path != null && (aggregate.function() == Aggregate.Function.SUM || aggregate.function() == Aggregate.Function.AVG)
                        && !Number.class.isAssignableFrom(box(path.getJavaType()))) {
                    throw new InvalidAttributeException("Cannot " + aggregate.function().name().toLowerCase(java.util.Locale.ROOT)
                            + " [" + aggregate.attribute() + "]: it is not a number", aggregate.attribute(), List.of());
                }
                selections.add(switch (aggregate.function()) {
                    case COUNT -> path == null ? builder.count(root) : builder.count(path);
                    case SUM -> builder.sum(path);
                    case AVG -> builder.avg(path);
                    case MIN -> builder.least(path);
                    case MAX -> builder.greatest(path);
                });
            }
            query.multiselect(selections).where(where.toPredicate(root, builder)).groupBy(group).orderBy(builder.asc(group));
            return Records.map(session.createSelectionQuery(query).getResultList(), into);
        });
    }

    /**
     * The rows of a native SQL query (analytics the entity model does not express), each mapped
     * onto the record {@code into}, column by column in select order. Parameters bind to
     * {@code ?1}, {@code ?2}, ...; never build the SQL from user input. Runs read-only (on the
     * replica, when there is one); soft-delete filters do not apply to native SQL.
     */
    public <R> List<R> nativeQuery(Class<R> into, String sql, Object... parameters) {
        Objects.requireNonNull(into, "into must not be null");
        Objects.requireNonNull(sql, "sql must not be null");
        Objects.requireNonNull(parameters, "parameters must not be null");
        return read("nativeQuery", session -> {
            var query = session.createNativeQuery(sql, Object.class);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return Records.map(query.getResultList(), into);
        });
    }

    // ---- writing

    /**
     * Inserts {@code entity} (it becomes managed by the transaction's session) and returns it. On
     * failure its id and version are put back as they were, so it can be inserted again.
     */
    public T insert(T entity) {
        Objects.requireNonNull(entity, "entity must not be null");
        Snapshot<T> snapshot = new Snapshot<>(entity);
        try {
            return write("insert", session -> {
                snapshot.take(session);
                session.persist(entity);
                return entity;
            });
        } catch (RuntimeException | Error failure) {
            snapshot.restore();
            throw failure;
        }
    }

    /**
     * Inserts all {@code entities} through a {@link StatelessSession} sharing the transaction's
     * connection, in JDBC batches (the factory's batch size, or {@link #DEFAULT_BATCH_SIZE}): no
     * persistence context, no cascades, but the mixins still apply (timestamps, generated values,
     * listeners). Returns them with their ids; on failure, nothing is inserted and their ids are
     * put back. On a {@link Database} over PostgreSQL, ids from a sequence are drawn for all rows
     * in one statement rather than one round trip per block. Entities with {@code IDENTITY} ids cannot be
     * batched by any JDBC driver.
     */
    public List<T> insertAll(Iterable<? extends T> entities) {
        Objects.requireNonNull(entities, "entities must not be null");
        List<T> all = new ArrayList<>();
        entities.forEach(entity -> all.add(Objects.requireNonNull(entity, "entities must not contain null")));
        if (all.isEmpty()) {
            return all;
        }
        Snapshot<T> snapshot = new Snapshot<>(all);
        try {
            return write("insertAll(" + all.size() + " rows)", session -> {
                snapshot.take(session);
                if (!session.isDefaultReadOnly()) {
                    session.flush();
                }
                int configured = session.getSessionFactory().unwrap(SessionFactoryImplementor.class).getSessionFactoryOptions()
                        .getJdbcBatchSize();
                int batchSize = configured > 0 ? configured : DEFAULT_BATCH_SIZE;
                try (IdPrefetch ids = IdPrefetch.forRows(session, type, all.size());
                        StatelessSession stateless = session.statelessWithOptions().connection().open()) {
                    // insertMultiple sends a chunk as one JDBC batch, except where a sequence call
                    // comes between (a new block of ids): without prefetched ids, chunks are larger,
                    // so that those calls, not chunk ends out of step with them, cut the batches.
                    int chunk = ids.prefetched() ? batchSize : batchSize * UNPREFETCHED_CHUNK_BATCHES;
                    for (int from = 0; from < all.size(); from += chunk) {
                        stateless.insertMultiple(all.subList(from, Math.min(from + chunk, all.size())));
                    }
                }
                return all;
            });
        } catch (RuntimeException | Error failure) {
            snapshot.restore();
            throw failure;
        }
    }

    /**
     * Copies the state of the detached {@code entity} onto its row and returns the managed copy.
     *
     * @throws RecordNotFoundException when no live row has its id
     * @throws ConcurrentUpdateException when its {@code @Version} is older than the row's, naming the
     *         entity, the id and both versions (or, when another transaction commits between the
     *         check and the flush, the entity and the id)
     * @throws IllegalArgumentException when it has no id (insert it)
     */
    public T update(T entity) {
        Objects.requireNonNull(entity, "entity must not be null");
        return write("update", session -> {
            Object id = requireId(session, entity, "update");
            if (!session.contains(entity)) {
                checkVersion(session, entity, requiredForWrite(session, id), id);
            }
            return session.merge(entity);
        });
    }

    /**
     * Inserts {@code entity} when it has no id yet, else merges it (inserting or updating its row).
     *
     * @throws ConcurrentUpdateException when its row exists with a newer {@code @Version}, naming the
     *         entity, the id and both versions
     */
    public T save(T entity) {
        Objects.requireNonNull(entity, "entity must not be null");
        Snapshot<T> snapshot = new Snapshot<>(entity);
        try {
            return write("save", session -> {
                Object id = session.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
                if (id == null) {
                    snapshot.take(session);
                    session.persist(entity);
                    return entity;
                }
                if (!session.contains(entity) && persister(session).getVersion(entity) != null) {
                    // Loaded here, the row is the one merge copies onto: no second read.
                    T managed = session.find(type, id);
                    if (managed != null) {
                        checkVersion(session, entity, managed, id);
                    }
                }
                return session.merge(entity);
            });
        } catch (RuntimeException | Error failure) {
            snapshot.restore();
            throw failure;
        }
    }

    /**
     * Deletes the row of {@code entity}: a soft delete when the entity is {@link SoftDeletable}
     * (children with cascade remove follow), a hard delete otherwise.
     *
     * @throws RecordNotFoundException when no live row has its id
     * @throws ConcurrentUpdateException when its {@code @Version} is older than the row's
     */
    public void delete(T entity) {
        Objects.requireNonNull(entity, "entity must not be null");
        write("delete", session -> {
            session.remove(managed(session, entity, "delete"));
            return null;
        });
    }

    /** Deletes (soft when {@link SoftDeletable}) the row with {@code id}; whether there was one. */
    public boolean deleteById(ID id) {
        Objects.requireNonNull(id, "id must not be null");
        return write("deleteById(id=" + id + ")", session -> {
            T entity = session.find(type, id);
            if (entity == null) {
                return false;
            }
            session.remove(entity);
            return true;
        });
    }

    /**
     * Deletes the row of {@code entity} for good, soft-deleted or not, with Hibernate's own
     * delete (cascades included); for retention and erasure requests.
     *
     * @throws RecordNotFoundException when there is no row with its id
     */
    public void hardDelete(T entity) {
        Objects.requireNonNull(entity, "entity must not be null");
        write("hardDelete", session -> {
            Object id = requireId(session, entity, "hardDelete");
            T managed = session.contains(entity) ? entity
                    : required(SoftDeletes.withDeleted(session, () -> session.find(type, id)), id);
            checkVersion(session, entity, managed, id);
            SoftDeletes.hardDelete(session, managed);
            return null;
        });
    }

    /**
     * Deletes the row with {@code id} for good, soft-deleted or not (cascades included); whether
     * there was one.
     */
    public boolean hardDeleteById(ID id) {
        Objects.requireNonNull(id, "id must not be null");
        return write("hardDeleteById(id=" + id + ")", session -> {
            T entity = SoftDeletes.withDeleted(session, () -> session.find(type, id));
            if (entity == null) {
                return false;
            }
            SoftDeletes.hardDelete(session, entity);
            return true;
        });
    }

    /**
     * Sets {@code values} (attribute name to new value) on every live row matching {@code where}
     * in one statement, and returns how many rows changed. Keeps the mixins' rules: every
     * {@code @UpdatedAt} attribute is set to what an entity update would write (the pack's clock,
     * in the attribute's type and truncated to its column's precision, or the database's time with
     * {@code time_source=database}), the {@code @Version} is
     * incremented, soft-deleted rows are left alone. Ids, versions and the mixins' attributes
     * cannot be assigned. Modules on the classpath add what they need ({@code hibernate-audit}:
     * {@code updated_by} from the current user). Entities already loaded in the session do not see the change.
     */
    public int updateWhere(Restriction<? super T> where, Map<String, ?> values) {
        Objects.requireNonNull(where, "where must not be null");
        Objects.requireNonNull(values, "values must not be null");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("updateWhere needs at least one attribute to set");
        }
        return write("updateWhere(" + values.keySet() + ")", session -> {
            CriteriaBuilder builder = session.getCriteriaBuilder();
            CriteriaUpdate<T> update = builder.createCriteriaUpdate(type);
            Root<T> root = update.from(type);
            values.forEach((attribute, value) -> assign(update, Attributes.path(root, attribute, Use.ASSIGN), attribute, value));
            return executeStamped(session, builder, update, root, where, false);
        });
    }

    /**
     * Deletes every live row matching {@code where} in one statement and returns how many: for a
     * {@link SoftDeletable} entity a soft delete ({@code deleted_at}, the flag, {@code updated_at}
     * and the version set as {@code softDelete()} would), else a SQL {@code DELETE}. A bulk
     * statement: no cascade to children, and entities in the session do not see it.
     */
    public int deleteWhere(Restriction<? super T> where) {
        Objects.requireNonNull(where, "where must not be null");
        return write("deleteWhere", session -> {
            CriteriaBuilder builder = session.getCriteriaBuilder();
            if (!SoftDeletable.class.isAssignableFrom(type)) {
                CriteriaDelete<T> delete = builder.createCriteriaDelete(type);
                Root<T> root = delete.from(type);
                delete.where(where.toPredicate(root, builder));
                return session.createMutationQuery(delete).executeUpdate();
            }
            EntityAnnotations mixins = EntityAnnotations.of(type);
            CriteriaUpdate<T> update = builder.createCriteriaUpdate(type);
            Root<T> root = update.from(type);
            mixins.attributeAnnotated(DeletedFlag.class).ifPresent(flag -> update.set(root.<Object>get(flag), Boolean.TRUE));
            return executeStamped(session, builder, update, root, where, true);
        });
    }

    private int executeStamped(Session session, CriteriaBuilder builder, CriteriaUpdate<T> update, Root<T> root,
            Restriction<? super T> where, boolean softDelete) {
        // What the modules on the classpath need set too, computed by their own rules: the mixins'
        // updated_at / deleted_at (as their generators write them), the audit module's updated_by / deleted_by.
        var source = HibernateObjects.session(session);
        var persister = source.getFactory().getMappingMetamodel().getEntityDescriptor(type);
        for (BulkAssignments contributor : BULK_ASSIGNMENTS) {
            contributor.assignments(source, persister, softDelete).forEach((name, value) -> stamp(session, update, root.get(name), value));
        }
        EntityType<T> entity = session.getMetamodel().entity(type);
        entity.getSingularAttributes().stream().filter(SingularAttribute::isVersion)
                .filter(version -> Number.class.isAssignableFrom(box(version.getJavaType()))).findFirst().ifPresent(version -> {
                    @SuppressWarnings("unchecked")
                    Path<Number> path = (Path<Number>) (Path<?>) root.get(version.getName());
                    update.set(path, builder.sum(path, 1));
                });
        List<Predicate> predicates = new ArrayList<>();
        predicates.add(where.toPredicate(root, builder));
        EntityAnnotations.of(type).attributeAnnotated(DeletedFlag.class).ifPresent(flag -> predicates.add(builder.isFalse(root.get(flag))));
        update.where(predicates.toArray(Predicate[]::new));
        return session.createMutationQuery(update).executeUpdate();
    }

    /** Sets a contributor's value, or the SQL expression it asks the database to compute. */
    @SuppressWarnings("unchecked")
    private static <T> void stamp(Session session, CriteriaUpdate<T> update, Path<Object> path, Object value) {
        if (value instanceof BulkAssignments.SqlExpression expression) {
            Expression<Object> computed = (Expression<Object>) session.getCriteriaBuilder().sql(expression.sql(), path.getJavaType());
            update.<Object>set(path, computed);
        } else {
            update.set(path, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void assign(CriteriaUpdate<T> update, Path<?> path, String attribute, Object value) {
        if (value != null && !box(path.getJavaType()).isInstance(value)) {
            throw new InvalidAttributeException("Cannot assign a " + value.getClass().getSimpleName() + " to [" + attribute
                    + "]: it holds " + path.getJavaType().getSimpleName() + " values", attribute, List.of(attribute));
        }
        update.set((Path<Object>) path, value);
    }

    private Object requireId(Session session, T entity, String operation) {
        Object id = session.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
        if (id == null) {
            throw new IllegalArgumentException("Cannot " + operation + " a " + name + " without an id; insert it first");
        }
        return id;
    }

    private T requiredForWrite(Session session, Object id) {
        return required(session.find(type, id), id);
    }

    private T managed(Session session, T entity, String operation) {
        if (session.contains(entity)) {
            return entity;
        }
        Object id = requireId(session, entity, operation);
        T managed = requiredForWrite(session, id);
        checkVersion(session, entity, managed, id);
        return managed;
    }

    private void checkVersion(Session session, T given, T managed, Object id) {
        if (given == managed) {
            return;
        }
        EntityPersister persister = persister(session);
        if (persister.isVersioned() && !Objects.equals(persister.getVersion(given), persister.getVersion(managed))) {
            throw new ConcurrentUpdateException("The row of " + name + " with id " + id + " was changed by another transaction"
                    + " since it was read (version " + persister.getVersion(given) + ", now " + persister.getVersion(managed) + ")",
                    name, id, null);
        }
    }

    private EntityPersister persister(Session session) {
        return session.getSessionFactory().unwrap(SessionFactoryImplementor.class).getMappingMetamodel().getEntityDescriptor(type);
    }

    private String entityName(Session session) {
        return session.getMetamodel().entity(type).getName();
    }

    private static Class<?> box(Class<?> type) {
        return type.isPrimitive() ? java.lang.invoke.MethodType.methodType(type).wrap().returnType() : type;
    }

    /** The ids and versions of entities before an insert, to be put back when the insert fails. */
    private static final class Snapshot<T> {

        private final List<T> entities;
        private EntityPersister[] persisters;
        private Object[] ids;
        private Object[] versions;

        Snapshot(List<T> entities) {
            this.entities = entities;
        }

        Snapshot(T entity) {
            this(List.of(entity));
        }

        void take(Session session) {
            var metamodel = session.getSessionFactory().unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
            var source = HibernateObjects.session(session);
            int size = entities.size();
            EntityPersister[] taken = new EntityPersister[size];
            ids = new Object[size];
            versions = new Object[size];
            EntityPersister last = null;
            for (int i = 0; i < size; i++) {
                T entity = entities.get(i);
                if (last == null || last.getMappedClass() != entity.getClass()) {
                    last = metamodel.getEntityDescriptor(entity.getClass());
                }
                taken[i] = last;
                ids[i] = last.getIdentifier(entity, source);
                versions[i] = last.isVersioned() ? last.getVersion(entity) : null;
            }
            persisters = taken;
        }

        void restore() {
            if (persisters == null) {
                return;
            }
            for (int i = 0; i < persisters.length; i++) {
                EntityPersister persister = persisters[i];
                persister.setIdentifier(entities.get(i), ids[i], null);
                if (persister.isVersioned()) {
                    persister.setPropertyValue(entities.get(i), persister.getVersionPropertyIndex(), versions[i]);
                }
            }
        }
    }
}
