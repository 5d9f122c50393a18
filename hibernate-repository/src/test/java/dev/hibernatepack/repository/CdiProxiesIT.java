// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.query.Page;
import org.hibernate.query.range.Range;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.audit.AuditAction;
import dev.hibernatepack.audit.AuditContext;
import dev.hibernatepack.audit.AuditEntry;
import dev.hibernatepack.audit.AuditTrails;
import dev.hibernatepack.mixins.PackClock;
import dev.hibernatepack.mixins.SoftDeletes;
import dev.hibernatepack.mixins.spi.HibernateObjects;
import dev.hibernatepack.monitoring.QueryMonitor;
import dev.hibernatepack.repository.cdi.DatabaseExtension;
import dev.hibernatepack.repository.support.Proxies;
import dev.hibernatepack.repository.testmodel.Topic;
import dev.hibernatepack.slug.SlugMatch;
import dev.hibernatepack.slug.Slugs;
import dev.hibernatepack.testing.TestDatabase;

/**
 * Every pack API that takes an {@code EntityManager}, an {@code EntityManagerFactory} or a
 * {@code SessionFactory} works on the Weld client proxy of one an application produces (the entity
 * manager request scoped, the factories application scoped) as on the object itself, and on the
 * proxies other containers and libraries make. Weld's client proxy answers any call that returns
 * the object behind it with the proxy itself, {@code unwrap} included: what the pack must get past.
 */
class CdiProxiesIT {

    /** The application's persistence: an entity manager per request, and the factory, from the pack's Database. */
    @ApplicationScoped
    static class Persistence {

        @Produces
        @RequestScoped
        EntityManager entityManager(Database database) {
            return database.sessionFactory().createEntityManager();
        }

        void close(@Disposes EntityManager entityManager) {
            entityManager.close();
        }

        /** The same session, for code that injects Hibernate's interface. */
        @Produces
        @RequestScoped
        @Typed(Session.class)
        Session session(EntityManager entityManager) {
            return HibernateObjects.session(entityManager);
        }

        @Produces
        @RequestScoped
        StatelessSession statelessSession(Database database) {
            return database.sessionFactory().openStatelessSession();
        }

        void close(@Disposes StatelessSession session) {
            session.close();
        }

        @Produces
        @ApplicationScoped
        EntityManagerFactory entityManagerFactory(Database database) {
            return database.sessionFactory();
        }

        @Produces
        @ApplicationScoped
        @Typed(SessionFactory.class)
        SessionFactory sessionFactory(Database database) {
            return database.sessionFactory();
        }
    }

    private static final String[] PROPERTIES = {DatabaseExtension.PERSISTENCE_UNIT, DatabaseSettings.URL,
        DatabaseSettings.USERNAME, DatabaseSettings.PASSWORD};

    private static WeldContainer container;
    /** The client proxies: each call goes to the current request's entity manager. */
    private static EntityManager entityManager;
    private static Session session;
    private static EntityManagerFactory entityManagerFactory;
    private static SessionFactory sessionFactory;

    @BeforeAll
    static void start() {
        Map<String, Object> connection = TestDatabase.current().connectionSettings("cdi-proxies-it");
        System.setProperty(DatabaseExtension.PERSISTENCE_UNIT, "proxies");
        System.setProperty(DatabaseSettings.URL, connection.get("jakarta.persistence.jdbc.url").toString());
        System.setProperty(DatabaseSettings.USERNAME, connection.get("jakarta.persistence.jdbc.user").toString());
        System.setProperty(DatabaseSettings.PASSWORD, connection.get("jakarta.persistence.jdbc.password").toString());
        container = new Weld("cdi-proxies-it").property(CdiIT.RELAXED_CONSTRUCTION, false).addBeanClasses(Persistence.class)
                .initialize();
        entityManager = container.select(EntityManager.class).get();
        session = container.select(Session.class).get();
        entityManagerFactory = container.select(EntityManagerFactory.class).get();
        sessionFactory = container.select(SessionFactory.class).get();
    }

    @AfterAll
    static void stop() {
        if (container != null) {
            container.close();
        }
        for (String property : PROPERTIES) {
            System.clearProperty(property);
        }
    }

    @BeforeEach
    void empty() {
        container.select(Database.class).get().sessionFactory().getSchemaManager().truncateMappedObjects();
    }

    /** Runs {@code work} in a request, in a transaction of the request's entity manager, as a request handler would. */
    private static <R> R inRequest(Function<EntityManager, R> work) {
        RequestContextController request = container.select(RequestContextController.class).get();
        request.activate();
        try {
            EntityTransaction transaction = entityManager.getTransaction();
            transaction.begin();
            try {
                R result = work.apply(entityManager);
                transaction.commit();
                return result;
            } catch (RuntimeException | Error failure) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw failure;
            }
        } finally {
            request.deactivate();
        }
    }

    /** What {@code unwrap} returns, without the cast to {@code type} a caller's assignment would add. */
    private static Object unwrap(EntityManager entityManager, Class<?> type) {
        return entityManager.unwrap(type);
    }

    @Test
    void theClientProxyAnswersUnwrapWithItselfAndThePackFindsTheSessionOfTheRequestBehindIt() {
        assertThat(entityManager).as("Weld's proxy implements the produced type only").isNotInstanceOf(Session.class);

        Session first = inRequest(em -> {
            assertThat(unwrap(em, Session.class)).as("the object behind returns itself, and Weld puts its proxy in its place")
                    .isSameAs(em);
            SessionImplementor session = HibernateObjects.session(em);
            assertThat(session).isNotSameAs(em).isSameAs(em.unwrap(PersistenceContext.class).getSession());
            return session;
        });
        Session second = inRequest(HibernateObjects::session);
        assertThat(second).as("one session per request").isNotSameAs(first);
        assertThat(first.isOpen()).as("closed with its request").isFalse();
    }

    @Test
    void aProxyThatPassesUnwrapOnOrAnswersItWithItselfLeadsToTheSessionToo() {
        inRequest(em -> {
            SessionImplementor session = HibernateObjects.session(em);
            EntityManager delegating = Proxies.delegating(EntityManager.class, session);
            Session answering = Proxies.answeringUnwrapWithItself(Session.class, session);
            assertThat(delegating.unwrap(Session.class)).isSameAs(session);
            assertThat(answering.unwrap(Session.class)).isSameAs(answering);

            assertThat(HibernateObjects.session(delegating)).isSameAs(session);
            assertThat(HibernateObjects.session(answering)).isSameAs(session);
            BaseRepository<Topic, Long> topics = new BaseRepository<>(SessionSource.of(answering), Topic.class);
            topics.insert(new Topic("Through a proxy"));
            assertThat(topics.count()).isEqualTo(1);
            return null;
        });
    }

    @Test
    void aRepositoryOnTheProxyRunsInTheTransactionOfEachRequest() {
        BaseRepository<Topic, Long> topics = new BaseRepository<>(SessionSource.of(entityManager), Topic.class);

        Topic first = inRequest(em -> topics.insert(new Topic("First")));
        inRequest(em -> topics.insertAll(List.of(new Topic("Second"), new Topic("Third"))));
        int updated = inRequest(em -> topics.updateWhere(topics.where("title", Range.singleValue("Second")),
                Map.of("title", "Second, renamed")));
        assertThat(updated).isEqualTo(1);
        inRequest(em -> {
            topics.delete(topics.getById(first.getId()));
            return null;
        });

        long count = inRequest(em -> topics.count());
        assertThat(count).isEqualTo(2);
        Optional<Topic> deleted = inRequest(em -> topics.findById(first.getId()));
        assertThat(deleted).as("soft-deleted").isEmpty();
        int bulkDeleted = inRequest(em -> topics.deleteWhere(topics.where("title", Range.singleValue("Third"))));
        assertThat(bulkDeleted).isEqualTo(1);
        List<Topic> left = inRequest(em -> topics.findAll());
        assertThat(left).extracting(Topic::getTitle).containsExactly("Second, renamed");

        BaseRepository<Topic, Long> onTheSession = new BaseRepository<>(SessionSource.of(session), Topic.class);
        assertThat(session).as("Weld's proxy of a Session").isNotInstanceOf(SessionImplementor.class);
        Topic fourth = inRequest(em -> onTheSession.insert(new Topic("Fourth")));
        int renamed = inRequest(em -> onTheSession.updateWhere(onTheSession.where("title", Range.singleValue("Fourth")),
                Map.of("title", "Fourth, renamed")));
        assertThat(renamed).isEqualTo(1);
        Topic reread = inRequest(em -> onTheSession.getById(fourth.getId()));
        assertThat(reread.getTitle()).isEqualTo("Fourth, renamed");
    }

    @Test
    void softDeletesTakeTheSessionBehindTheProxy() {
        Topic topic = inRequest(em -> {
            Topic created = new Topic("Deleted");
            em.persist(created);
            return created;
        });
        inRequest(em -> {
            em.remove(em.find(Topic.class, topic.getId()));
            return null;
        });

        Topic deleted = inRequest(em -> SoftDeletes.withDeleted(HibernateObjects.session(em), () -> em.find(Topic.class, topic.getId())));
        assertThat(deleted).isNotNull();
        assertThat(deleted.isDeleted()).isTrue();
    }

    @Test
    void softDeletesWorkOnTheProxy() {
        Topic topic = inRequest(em -> {
            Topic created = new Topic("Deleted, then restored");
            em.persist(created);
            return created;
        });
        inRequest(em -> {
            em.remove(em.find(Topic.class, topic.getId()));
            return null;
        });

        assertThat(find(topic)).isNull();
        List<Topic> trash = inRequest(em -> SoftDeletes.onlyDeleted(em, () -> em.createQuery("from Topic", Topic.class).getResultList()));
        assertThat(trash).extracting(Topic::getId).containsExactly(topic.getId());
        inRequest(em -> {
            Topic deleted = SoftDeletes.withDeleted(em, () -> em.find(Topic.class, topic.getId()));
            SoftDeletes.restore(em, deleted, true);
            return null;
        });
        assertThat(find(topic)).isNotNull();

        inRequest(em -> {
            SoftDeletes.hardDelete(em, em.find(Topic.class, topic.getId()));
            return null;
        });
        Topic gone = inRequest(em -> SoftDeletes.withDeleted(em, () -> em.find(Topic.class, topic.getId())));
        assertThat(gone).isNull();

        Topic old = inRequest(em -> {
            Topic created = new Topic("Purged");
            em.persist(created);
            return created;
        });
        inRequest(em -> {
            em.remove(em.find(Topic.class, old.getId()));
            return null;
        });
        int purged = inRequest(em -> SoftDeletes.purge(em, Topic.class, Instant.now().plusSeconds(60)));
        assertThat(purged).isEqualTo(1);
    }

    private static Topic find(Topic topic) {
        return inRequest(em -> em.find(Topic.class, topic.getId()));
    }

    @Test
    void aProxyOfAStatelessSessionHidesDeletedRows() {
        StatelessSession stateless = container.select(StatelessSession.class).get();
        Topic alive = inRequest(em -> {
            Topic created = new Topic("Alive");
            em.persist(created);
            return created;
        });
        Topic deleted = inRequest(em -> {
            Topic created = new Topic("Deleted");
            em.persist(created);
            em.remove(created);
            return created;
        });

        RequestContextController request = container.select(RequestContextController.class).get();
        request.activate();
        try {
            assertThat(stateless.createSelectionQuery("from Topic", Topic.class).getResultList()).extracting(Topic::getId)
                    .containsExactly(alive.getId());
            assertThat(stateless.get(Topic.class, deleted.getId())).isNull();
        } finally {
            request.deactivate();
        }
    }

    @Test
    void softDeletesWorkOnTheProxyOfAStatelessSession() {
        StatelessSession stateless = container.select(StatelessSession.class).get();
        inRequest(em -> {
            em.persist(new Topic("Alive"));
            return null;
        });
        Topic deleted = inRequest(em -> {
            Topic created = new Topic("Deleted");
            em.persist(created);
            return created;
        });
        inRequest(em -> {
            em.remove(em.find(Topic.class, deleted.getId()));
            return null;
        });

        RequestContextController request = container.select(RequestContextController.class).get();
        request.activate();
        try {
            assertThat(SoftDeletes.withDeleted(stateless, () -> stateless.createSelectionQuery("from Topic", Topic.class)
                    .getResultList())).hasSize(2);
            assertThat(SoftDeletes.onlyDeleted(stateless, () -> stateless.createSelectionQuery("from Topic", Topic.class)
                    .getResultList())).extracting(Topic::getId).containsExactly(deleted.getId());
        } finally {
            request.deactivate();
        }
    }

    @Test
    void auditTrailsAreReadThroughTheProxy() {
        Instant before = Instant.now().minusSeconds(60);
        Topic topic = AuditContext.callAs(7L, () -> inRequest(em -> {
            Topic created = new Topic("Audited");
            em.persist(created);
            return created;
        }));

        List<AuditEntry> history = inRequest(em -> AuditTrails.history(em, Topic.class, topic.getId(), Page.first(10)));
        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.INSERT);
        List<AuditEntry> byUser = inRequest(em -> AuditTrails.changesBy(em, 7L, before, Instant.now().plusSeconds(60),
                Page.first(10)));
        assertThat(byUser).hasSize(1);
    }

    @Test
    void slugsAreFoundThroughTheProxyAndThroughAProxyThatAnswersUnwrapWithItself() {
        Topic topic = inRequest(em -> {
            Topic created = new Topic("Hello world");
            em.persist(created);
            return created;
        });
        inRequest(em -> {
            em.find(Topic.class, topic.getId()).setTitle("Goodbye world");
            return null;
        });

        SlugMatch<Topic> current = inRequest(em -> Slugs.findBySlug(em, Topic.class, "goodbye-world")).orElseThrow();
        assertThat(current.redirect()).isFalse();
        SlugMatch<Topic> old = inRequest(em -> Slugs.findBySlug(em, Topic.class, "hello-world")).orElseThrow();
        assertThat(old.redirect()).isTrue();
        assertThat(old.slug()).isEqualTo("goodbye-world");

        inRequest(em -> {
            Session answering = Proxies.answeringUnwrapWithItself(Session.class, HibernateObjects.session(em));
            assertThat(answering.unwrap(Session.class)).isSameAs(answering);
            assertThat(Slugs.findBySlug(answering, Topic.class, "goodbye-world")).isPresent();
            assertThat(Slugs.findBySlug(answering, Topic.class, "hello-world")).hasValueSatisfying(match -> assertThat(match.redirect())
                    .isTrue());
            return null;
        });
    }

    @Test
    void factoryApisTakeTheProxiesOfTheFactories() {
        assertThat(entityManagerFactory).isNotInstanceOf(SessionFactory.class);
        SessionFactory behind = container.select(Database.class).get().sessionFactory();
        assertThat(HibernateObjects.sessionFactory(entityManagerFactory)).isSameAs(behind);
        assertThat(HibernateObjects.sessionFactory(sessionFactory)).isSameAs(behind);

        Database wrapped = Database.of(entityManagerFactory);
        assertThat(wrapped.sessionFactory()).isSameAs(behind);
        wrapped.inTransaction(session -> session.persist(new Topic("Through Database.of")));
        assertThat(new BaseRepository<>(Database.of(sessionFactory), Topic.class).count()).isEqualTo(1);

        assertThat(QueryMonitor.of(sessionFactory)).isPresent();
        assertThat(PackClock.of(sessionFactory)).isSameAs(PackClock.of(behind));
    }
}
