// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.hibernate.Session;
import org.hibernate.query.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.audit.AuditAction;
import dev.hibernatepack.audit.AuditContext;
import dev.hibernatepack.audit.AuditEntry;
import dev.hibernatepack.audit.AuditTrails;
import dev.hibernatepack.readme.TestDatabases;
import dev.hibernatepack.repository.Database;

/** The README's hibernate-audit example: who-columns filled from the current user, a trail without sensitive values. */
class AuditReadmeIT {

    static Database db;

    @BeforeAll
    static void open() {
        db = TestDatabases.open("audit", Post.class, User.class);
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void whoColumnsAndTheTrailNameTheCurrentUserAndNeverShowASensitiveValue() {
        Instant from = Instant.now().minus(1, ChronoUnit.MINUTES);
        User currentUser = db.fromTransaction(session -> {
            User ann = new User("Ann");
            session.persist(ann);
            return ann;
        });
        User user = currentUser;
        Long currentUserId = currentUser.getId();
        Post post = new Post();
        post.updateFromMap(Map.of("internalNotes", "the secret plan"));

        AuditContext.runAs(currentUser, () -> db.inTransaction(session -> session.persist(post)));
        try (var scope = AuditContext.as(currentUserId)) {
            db.inTransaction(session -> session.find(Post.class, post.getId()).updateFromMap(Map.of("internalNotes", "a new plan")));
        }        // or a scope for a whole request
        Long postId = post.getId();
        Instant to = Instant.now().plus(1, ChronoUnit.MINUTES);

        db.inTransaction(session -> {
            Post stored = session.find(Post.class, postId);
            assertThat(stored.createdBy).isEqualTo(currentUser);
            assertThat(stored.updatedBy).isEqualTo(currentUser);

            List<AuditEntry> last20 = AuditTrails.history(session, Post.class, postId, Page.first(20));   // newest first
            List<AuditEntry> hers = AuditTrails.changesBy(session, user, from, to, Page.first(100));

            assertThat(last20).extracting(AuditEntry::action).containsExactly(AuditAction.UPDATE, AuditAction.INSERT);
            assertThat(last20).allSatisfy(entry -> assertThat(entry.changedBy()).isEqualTo(currentUserId.toString()));
            assertThat(last20.get(0).changes().get("internalNotes").masked()).isTrue();
            assertThat(last20.toString()).doesNotContain("secret", "new plan");
            assertThat(hers).hasSize(2);
            assertThat(auditLogText(session)).doesNotContain("secret", "new plan");
        });
    }

    @Test
    void aScopeInsideATransactionRecordsItsUserThoughTheCommitComesLater() {
        User ann = new User("Ann");
        User zoe = new User("Zoe");
        Post created = new Post();
        db.inTransaction(session -> {
            session.persist(ann);
            session.persist(zoe);
        });
        AuditContext.runAs(ann, () -> db.inTransaction(session -> session.persist(created)));
        Long postId = created.getId();

        db.inTransaction(session -> {
            Post post = session.find(Post.class, postId);
            AuditContext.runAs(zoe, () -> post.internalNotes = "reviewed");   // written now, as zoe
        });                                                                  // the commit has nothing of it left to write

        db.inTransaction(session -> {
            Post stored = session.find(Post.class, postId);
            assertThat(stored.updatedBy).isEqualTo(zoe);
            assertThat(stored.createdBy).isEqualTo(ann);
            List<AuditEntry> history = AuditTrails.history(session, Post.class, postId, Page.first(20));
            assertThat(history.get(0).changedBy()).isEqualTo(zoe.getId().toString());
        });
    }

    private static String auditLogText(Session session) {
        return session.createNativeQuery("select changes from audit_log", Object.class).getResultList().toString();
    }
}
