// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.monitoring.platform.SharedEntityManager;
import dev.hibernatepack.monitoring.testmodel.Author;
import dev.hibernatepack.monitoring.testmodel.Book;
import dev.hibernatepack.testing.LogCapture;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.TestDatabase;
import dev.hibernatepack.testing.TestSessionFactories;

/**
 * Call sites are the first frame of the application's own code, through proxies, reflection,
 * lambdas and the packages the application names as its own framework.
 */
class CallSitesIT {

    private static final int OWNERS = 6;
    private static final Map<String, String> PLATFORM = Map.of(MonitoringSettings.FRAMEWORK_PACKAGES, "dev.hibernatepack.monitoring.platform");

    /** An application repository, package-private: the JDK defines its proxy in this package. */
    interface Authors {
        Author find(Long id);
    }

    private SessionFactoryScope scope;
    private List<Long> ids;

    @BeforeEach
    void skipWhenTheDatabaseIsMissing() {
        TestDatabase.current().assumeAvailable();
    }

    @AfterEach
    void close() {
        if (scope != null) {
            scope.close();
        }
    }

    /** A factory with {@code settings}, and authors with a book each. */
    private SessionFactoryScope open(Map<String, ?> settings) {
        scope = TestSessionFactories.open(List.of(Author.class, Book.class), settings, "call-sites");
        ids = scope.fromTransaction(session -> {
            for (int i = 0; i < OWNERS; i++) {
                Author author = new Author("author " + i);
                author.addBook("book " + i);
                session.persist(author);
            }
            return session.createSelectionQuery("select a.id from Author a order by a.id", Long.class).getResultList();
        });
        return scope;
    }

    private static String frame(String method) {
        return CallSitesIT.class.getName() + "." + method + "(CallSitesIT.java:";
    }

    @Test
    void aFindLoopThroughAProxiedEntityManagerIsFoundAtTheLoop() {
        open(PLATFORM);
        QueryMonitor monitor = QueryMonitor.of(scope.sessionFactory()).orElseThrow();
        monitor.reset();

        QueryCounts.Counts counts = QueryCounts.record(() -> scope.inTransaction(session -> {
            EntityManager shared = SharedEntityManager.of(session);
            for (Long id : ids) {
                shared.find(Author.class, id);
            }
        }));

        assertThat(counts.nPlusOne()).singleElement().satisfies(finding -> {
            assertThat(finding.cause()).isEqualTo("FIND");
            assertThat(finding.count()).isEqualTo(OWNERS);
            assertThat(finding.callSite()).startsWith(frame("aFindLoopThroughAProxiedEntityManagerIsFoundAtTheLoop"));
        });
        assertThat(monitor.snapshot().nPlusOneFindings()).singleElement().satisfies(finding -> assertThat(finding.callSite())
                .isEqualTo(counts.nPlusOne().get(0).callSite()));
    }

    @Test
    void aRepositoryProxyOfAnApplicationInterfaceIsSkipped() {
        open(PLATFORM);
        QueryCounts.Counts counts = QueryCounts.record(() -> scope.inTransaction(session -> {
            Authors authors = SharedEntityManager.repository(Authors.class, Author.class, SharedEntityManager.of(session));
            assertThat(authors.getClass().getPackageName()).isEqualTo(CallSitesIT.class.getPackageName());
            for (Long id : ids) {
                authors.find(id);
            }
        }));

        assertThat(counts.nPlusOne()).singleElement().satisfies(finding -> assertThat(finding.callSite())
                .startsWith(frame("aRepositoryProxyOfAnApplicationInterfaceIsSkipped")));
    }

    @Test
    void lazyLoadsStartedThroughReflectionAndLambdasNameTheMethodThatWroteTheLambda() throws Exception {
        open(PLATFORM);
        var render = CallSitesIT.class.getDeclaredMethod("renderBooks", SessionFactoryScope.class);
        SessionFactoryScope scope = this.scope;

        QueryCounts.Counts counts = QueryCounts.record(() -> {
            try {
                render.invoke(null, scope);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(counts.nPlusOne()).singleElement().satisfies(finding -> {
            assertThat(finding.association()).isEqualTo("Author.books");
            assertThat(finding.callSite()).startsWith(frame("renderBooks")).doesNotContain("lambda$");
        });
    }

    private static void renderBooks(SessionFactoryScope scope) {
        scope.inTransaction(session -> session.createSelectionQuery("from Author", Author.class).getResultList()
                .forEach(author -> author.getBooks().size()));
    }

    @Test
    void withoutTheSettingTheApplicationsFrameworkIsTheCallSite() {
        open(Map.of());

        QueryCounts.Counts counts = QueryCounts.record(() -> scope.inTransaction(session -> {
            EntityManager shared = SharedEntityManager.of(session);
            ids.forEach(id -> shared.find(Author.class, id));
        }));

        // The JDK proxy and the reflection that calls Hibernate are skipped; the application's own handler is not.
        assertThat(counts.nPlusOne()).singleElement().satisfies(finding -> assertThat(finding.callSite())
                .startsWith(SharedEntityManager.class.getName() + ".invoke(SharedEntityManager.java:"));
    }

    @Test
    void aSlowQueryThroughAProxiedEntityManagerIsLoggedAtItsCaller() {
        String slowSql = switch (TestDatabase.current()) {
            case POSTGRESQL, PGBOUNCER -> "select sum(x * 2) from generate_series(1, 3000000) x";
            case MARIADB -> "select sum(seq * 2) from seq_1_to_3000000";
            case H2 -> "select sum(x * 2) from system_range(1, 3000000)";
        };
        List<String> logged;
        try (LogCapture log = LogCapture.of("dev.hibernatepack.monitoring.SlowQuery")) {
            Map<String, String> settings = new HashMap<>(PLATFORM);
            settings.put(MonitoringSettings.SLOW_QUERY_THRESHOLD_MS, "1");
            open(settings);
            scope.inTransaction(session -> SharedEntityManager.of(session).createNativeQuery(slowSql).getSingleResult());

            assertThat(QueryMonitor.of(scope.sessionFactory()).orElseThrow().snapshot().slowQueries()).anySatisfy(slow -> assertThat(
                    slow.callSite()).startsWith(frame("aSlowQueryThroughAProxiedEntityManagerIsLoggedAtItsCaller")));
            logged = log.messages();
        }
        assertThat(logged).anySatisfy(line -> assertThat(line).startsWith("Slow query: ")
                .contains(" at " + frame("aSlowQueryThroughAProxiedEntityManagerIsLoggedAtItsCaller")));
    }
}
