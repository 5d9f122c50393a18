// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.hibernate.query.Page;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.audit.internal.AuditLogRow;
import dev.hibernatepack.audit.testmodel.AppUser;
import dev.hibernatepack.audit.testmodel.Profile;
import dev.hibernatepack.mixins.SoftDeletes;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.LogCapture;
import dev.hibernatepack.testing.SessionFactoryScope;

/** One audit row per change, in the same transaction, with sensitive values masked. */
@HibernateTest(entities = {AppUser.class, Profile.class})
class AuditTrailIT {

    private static List<AuditLogRow> trail(SessionFactoryScope scope) {
        return scope.fromTransaction(session -> session.createSelectionQuery("from HibernatePackAuditLog order by id", AuditLogRow.class)
                .getResultList());
    }

    private static Profile insert(SessionFactoryScope scope, long user) {
        Profile profile = new Profile("Ada", "secret-hash-1");
        AuditContext.runAs(user, () -> scope.inTransaction(session -> session.persist(profile)));
        return profile;
    }

    @Test
    void anInsertWritesOneRowWithTheNewValuesAndTheSecretMasked(SessionFactoryScope scope) {
        Profile profile = insert(scope, 7L);

        List<AuditLogRow> rows = trail(scope);
        assertThat(rows).hasSize(1);
        AuditLogRow row = rows.get(0);
        assertThat(row.getEntityName()).endsWith("Profile");
        assertThat(row.getEntityId()).isEqualTo(String.valueOf(profile.getId()));
        assertThat(row.getAction()).isEqualTo(AuditAction.INSERT);
        assertThat(row.getChangedBy()).isEqualTo("7");
        assertThat(row.getChangedAt()).isNotNull();
        assertThat(row.getTransactionId()).hasSize(36);
        assertThat(row.getChanges()).contains("\"displayName\":{\"old\":null,\"new\":\"Ada\"}")
                .contains("\"passwordHash\":{\"changed\":true}").doesNotContain("secret-hash-1");
    }

    @Test
    void anUpdateWritesOldAndNewValuesAndAnUnchangedFlushWritesNothing(SessionFactoryScope scope) {
        Profile profile = insert(scope, 7L);
        AuditContext.runAs(8L, () -> scope.inTransaction(session -> session.find(Profile.class, profile.getId())));
        assertThat(trail(scope)).hasSize(1);

        AuditContext.runAs(8L, () -> scope.inTransaction(session -> session.find(Profile.class, profile.getId()).setDisplayName("Ada L.")));

        List<AuditLogRow> rows = trail(scope);
        assertThat(rows).hasSize(2);
        AuditLogRow update = rows.get(1);
        assertThat(update.getAction()).isEqualTo(AuditAction.UPDATE);
        assertThat(update.getChangedBy()).isEqualTo("8");
        assertThat(update.getChanges()).contains("\"displayName\":{\"old\":\"Ada\",\"new\":\"Ada L.\"}")
                .contains("\"updatedBy\":{\"old\":7,\"new\":8}").doesNotContain("passwordHash");
        assertThat(update.getTransactionId()).isNotEqualTo(rows.get(0).getTransactionId());
    }

    @Test
    void aRolledBackTransactionLeavesNoAuditRow(SessionFactoryScope scope) {
        Profile profile = insert(scope, 7L);
        assertThatThrownBy(() -> AuditContext.runAs(8L, () -> scope.inTransaction(session -> {
            session.find(Profile.class, profile.getId()).setDisplayName("never");
            session.flush();
            throw new IllegalStateException("boom");
        }))).hasMessage("boom");

        assertThat(trail(scope)).extracting(AuditLogRow::getAction).containsExactly(AuditAction.INSERT);
    }

    @Test
    void softDeleteRestoreAndHardDeleteAreTheirOwnActions(SessionFactoryScope scope) {
        Profile profile = insert(scope, 7L);
        AuditContext.runAs(7L, () -> {
            scope.inTransaction(session -> session.remove(session.find(Profile.class, profile.getId())));
            scope.inTransaction(session -> SoftDeletes.restore(session,
                    SoftDeletes.withDeleted(session, () -> session.find(Profile.class, profile.getId())), false));
            scope.inTransaction(session -> SoftDeletes.hardDelete(session, session.find(Profile.class, profile.getId())));
        });

        assertThat(trail(scope)).extracting(AuditLogRow::getAction)
                .containsExactly(AuditAction.INSERT, AuditAction.SOFT_DELETE, AuditAction.RESTORE, AuditAction.DELETE);
        assertThat(trail(scope).get(3).getChanges()).contains("\"displayName\":{\"old\":\"Ada\",\"new\":null}");
    }

    @Test
    void changesOfOneTransactionShareItsIdAndAStatelessSessionIsAuditedToo(SessionFactoryScope scope) {
        AuditContext.runAs(7L, () -> scope.inTransaction(session -> {
            session.persist(new Profile("One", "h1"));
            session.persist(new Profile("Two", "h2"));
        }));
        AuditContext.runAs(9L, () -> scope.inStatelessTransaction(session -> session.insert(new Profile("Three", "h3"))));

        List<AuditLogRow> rows = trail(scope);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getTransactionId()).isEqualTo(rows.get(1).getTransactionId());
        assertThat(rows.get(2).getTransactionId()).isNotEqualTo(rows.get(0).getTransactionId());
        assertThat(rows.get(2).getChangedBy()).isEqualTo("9");
        assertThat(rows).allSatisfy(row -> assertThat(row.getChanges()).doesNotContain("\"h1\"", "\"h2\"", "\"h3\""));
    }

    @Test
    void aSoftDeleteRecordsWhoDeletedAndARestoreClearsIt(SessionFactoryScope scope) {
        Profile profile = insert(scope, 7L);
        AuditContext.runAs(8L, () -> scope.inTransaction(session -> session.remove(session.find(Profile.class, profile.getId()))));
        Long deletedBy = scope.fromTransaction(session -> SoftDeletes.withDeleted(session,
                () -> session.find(Profile.class, profile.getId()).getDeletedBy()));
        assertThat(deletedBy).isEqualTo(8L);

        AuditContext.runAs(9L, () -> scope.inTransaction(session -> SoftDeletes.restore(session,
                SoftDeletes.withDeleted(session, () -> session.find(Profile.class, profile.getId())), false)));
        Profile restored = scope.fromTransaction(session -> session.find(Profile.class, profile.getId()));
        assertThat(restored.getDeletedBy()).isNull();
        assertThat(restored.getUpdatedBy()).isEqualTo(9L);
    }

    /** A Jakarta Data deleteById is a bulk delete, which a stateless session turns into a soft delete. */
    @Test
    void aBulkDeleteInAStatelessSessionRecordsWhoDeletedAndKeepsTheCreator(SessionFactoryScope scope) {
        Profile profile = insert(scope, 7L);

        int deleted = AuditContext.callAs(8L, () -> scope.fromStatelessTransaction(session -> session
                .createMutationQuery("delete from Profile where id = :id").setParameter("id", profile.getId()).executeUpdate()));

        assertThat(deleted).isEqualTo(1);
        Profile row = scope.fromTransaction(session -> SoftDeletes.withDeleted(session, () -> session.find(Profile.class, profile.getId())));
        assertThat(row.isDeleted()).isTrue();
        assertThat(List.of(row.getUpdatedBy(), row.getDeletedBy())).containsExactly(8L, 8L);
        Object createdBy = scope.fromSession(session -> session.createNativeQuery(
                "select created_by from audit_profile where id = :id", Object.class).setParameter("id", profile.getId()).getSingleResult());
        assertThat(((Number) createdBy).longValue()).isEqualTo(7L);
    }

    @Test
    void historyIsTypedNewestFirstAndPaged(SessionFactoryScope scope) {
        Profile profile = insert(scope, 7L);
        for (String name : List.of("B", "C", "D")) {
            AuditContext.runAs(8L, () -> scope.inTransaction(session -> session.find(Profile.class, profile.getId()).setDisplayName(name)));
        }
        insert(scope, 7L);

        List<AuditEntry> firstPage = scope.fromTransaction(session -> AuditTrails.history(session, Profile.class, profile.getId(),
                Page.first(3)));
        assertThat(firstPage).extracting(AuditEntry::action).containsExactly(AuditAction.UPDATE, AuditAction.UPDATE, AuditAction.UPDATE);
        assertThat(firstPage.get(0).changes().get("displayName")).isEqualTo(new AuditChange("C", "D", false));
        List<AuditEntry> secondPage = scope.fromTransaction(session -> AuditTrails.history(session, Profile.class, profile.getId(),
                Page.page(3, 1)));
        assertThat(secondPage).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.INSERT);
            assertThat(entry.changes().get("passwordHash")).isEqualTo(new AuditChange(null, null, true));
            assertThat(entry.changes().get("createdBy")).isEqualTo(new AuditChange(null, 7L, false));
        });

        Instant now = Instant.now();
        List<AuditEntry> byUser8 = scope.fromTransaction(session -> AuditTrails.changesBy(session, 8L, now.minusSeconds(3600),
                now.plusSeconds(3600), Page.first(10)));
        assertThat(byUser8).hasSize(3).allSatisfy(entry -> assertThat(entry.changedBy()).isEqualTo("8"));
        List<AuditEntry> none = scope.fromTransaction(session -> AuditTrails.changesBy(session, 8L, now.plusSeconds(3600),
                now.plusSeconds(7200), Page.first(10)));
        assertThat(none).isEmpty();
    }

    @Test
    void passwordsReachNoLogOfThePackNorOfHibernateAtItsUsualLevels(SessionFactoryScope scope) {
        java.util.logging.Logger pack = java.util.logging.Logger.getLogger("dev.hibernatepack");
        java.util.logging.Level before = pack.getLevel();
        pack.setLevel(java.util.logging.Level.ALL);
        try (LogCapture packLog = LogCapture.of("dev.hibernatepack"); LogCapture hibernateLog = LogCapture.of("org.hibernate")) {
            Profile profile = insert(scope, 7L);
            AuditContext.runAs(8L, () -> scope.inTransaction(session -> {
                Profile loaded = session.find(Profile.class, profile.getId());
                loaded.setPasswordHash("secret-hash-2");
                loaded.setDisplayName("Ada " + loaded);
            }));
            assertThatThrownBy(() -> scope.inTransaction(session -> session.persist(new Profile("anonymous", "secret-hash-3"))))
                    .isInstanceOf(MissingCurrentUserException.class).hasMessageNotContaining("secret-hash-3");
            List<String> messages = new java.util.ArrayList<>(packLog.messages());
            messages.addAll(hibernateLog.messages());
            assertThat(String.join("\n", messages)).doesNotContain("secret-hash-1", "secret-hash-2", "secret-hash-3");
            assertThat(trail(scope)).allSatisfy(row -> assertThat(row.getChanges()).doesNotContain("secret-hash"));
            String shown = scope.fromTransaction(session -> {
                Profile loaded = session.find(Profile.class, profile.getId());
                return loaded + " " + loaded.toMap();
            });
            assertThat(shown).doesNotContain("secret-hash");
        } finally {
            pack.setLevel(before);
        }
    }
}
