// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.audit.testmodel.AppUser;
import dev.hibernatepack.audit.testmodel.Profile;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.TestDatabase;
import dev.hibernatepack.testing.TestSessionFactories;

/** 8 threads, each a different user, 500 updates each, on PostgreSQL: every audit row attributed right, none missing or extra. */
class AuditLoadIT {

    private static final int THREADS = 8;
    private static final int UPDATES = 500;

    @Test
    void concurrentUsersEachGetExactlyTheirOwnRows() throws Exception {
        assumeTrue(TestDatabase.current().isPostgreSQL(), "PostgreSQL only");
        TestDatabase.current().assumeAvailable();
        try (SessionFactoryScope scope = TestSessionFactories.open(List.of(AppUser.class, Profile.class),
                Map.of("hibernate.connection.pool_size", String.valueOf(THREADS + 1)), "audit-load")) {
            List<Long> profiles = new ArrayList<>();
            AuditContext.runAs(0L, () -> scope.inTransaction(session -> {
                for (int t = 0; t < THREADS; t++) {
                    Profile profile = new Profile("profile " + t, "hash " + t);
                    session.persist(profile);
                    profiles.add(profile.getId());
                }
            }));

            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    long user = 100L + t;
                    long profileId = profiles.get(t);
                    futures.add(pool.submit(() -> AuditContext.runAs(user, () -> {
                        for (int i = 0; i < UPDATES; i++) {
                            int round = i;
                            scope.inTransaction(session -> session.find(Profile.class, profileId).setDisplayName("u" + user + " #" + round));
                        }
                    })));
                }
                for (Future<?> future : futures) {
                    future.get(5, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }

            List<Object[]> counts = scope.fromTransaction(session -> session.createSelectionQuery(
                    "select entityId, changedBy, count(*) from HibernatePackAuditLog where action = :update"
                            + " group by entityId, changedBy order by changedBy", Object[].class)
                    .setParameter("update", AuditAction.UPDATE).getResultList());
            assertThat(counts).hasSize(THREADS);
            for (int t = 0; t < THREADS; t++) {
                Object[] row = counts.get(t);
                assertThat(row[0]).as("user %d changed only its own profile", 100 + t).isEqualTo(String.valueOf(profiles.get(t)));
                assertThat(row[1]).isEqualTo(String.valueOf(100 + t));
                assertThat(((Number) row[2]).longValue()).isEqualTo(UPDATES);
            }
            long transactions = scope.fromTransaction(session -> session.createSelectionQuery(
                    "select count(distinct transactionId) from HibernatePackAuditLog where action = :update", Long.class)
                    .setParameter("update", AuditAction.UPDATE).getSingleResult());
            assertThat(transactions).isEqualTo((long) THREADS * UPDATES);
        }
    }
}
