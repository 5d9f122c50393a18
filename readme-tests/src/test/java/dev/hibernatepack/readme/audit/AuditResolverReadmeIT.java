// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.audit.AuditContext;
import dev.hibernatepack.audit.AuditSettings;
import dev.hibernatepack.readme.TestDatabases;
import dev.hibernatepack.repository.Database;

/** The README's resolver for a Spring application: a scope opened in code first, else the signed-in user. */
class AuditResolverReadmeIT {

    @Test
    void theResolverOfASpringApplicationTakesAScopeFirstThenTheSignedInUser() {
        AtomicReference<Object> signedInUser = new AtomicReference<>();
        try (Database spring = TestDatabases.open("audit-resolver",
                Map.of(AuditSettings.CURRENT_USER, new SignedInUser(() -> Optional.ofNullable(signedInUser.get()))),
                Post.class, User.class)) {
            User ann = new User("Ann");
            User job = new User("Nightly job");
            spring.inTransaction(session -> {
                session.persist(ann);
                session.persist(job);
            });
            signedInUser.set(ann.getId());

            Post byAnn = new Post();
            spring.inTransaction(session -> session.persist(byAnn));
            Post byJob = new Post();
            AuditContext.runAs(job, () -> spring.inTransaction(session -> session.persist(byJob)));

            spring.inTransaction(session -> {
                assertThat(session.find(Post.class, byAnn.getId()).createdBy).isEqualTo(ann);
                assertThat(session.find(Post.class, byJob.getId()).createdBy).isEqualTo(job);
            });
        }
    }
}
