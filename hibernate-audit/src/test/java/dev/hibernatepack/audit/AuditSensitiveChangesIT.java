// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.hibernate.query.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.audit.testmodel.Contract;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.TestDatabase;
import dev.hibernatepack.testing.TestSessionFactories;

/**
 * A change of a {@code @Sensitive} attribute alone, in each of the three modes: the version, the
 * timestamps and the who-columns that every update moves never make a trail row by themselves.
 */
class AuditSensitiveChangesIT {

    @BeforeEach
    void databaseConfigured() {
        TestDatabase.current().assumeAvailable();
    }

    private static SessionFactoryScope open(String mode) {
        return TestSessionFactories.open(List.of(Contract.class), Map.of(AuditSettings.SENSITIVE_VALUES, mode,
                AuditSettings.HASH_KEY, "a-key-of-sixteen-or-more"), "audit-sensitive-" + mode);
    }

    /** Inserts a contract as user 7, then changes only its secret as {@code editor}; the trail, oldest first. */
    private static List<AuditEntry> secretChangedBy(SessionFactoryScope scope, long editor) {
        Contract contract = new Contract("Lease", "s1");
        AuditContext.runAs(7L, () -> scope.inTransaction(session -> session.persist(contract)));
        AuditContext.runAs(editor, () -> scope.inTransaction(session -> session.find(Contract.class, contract.getId()).setSecret("s2")));
        List<AuditEntry> newestFirst = scope.fromTransaction(session -> AuditTrails.history(session, Contract.class, contract.getId(),
                Page.first(10)));
        return newestFirst.stream().sorted((a, b) -> a.action() == AuditAction.INSERT ? -1 : b.action() == AuditAction.INSERT ? 1 : 0)
                .toList();
    }

    @Test
    void omitWritesNoRowWhenOnlyASensitiveAttributeChanged() {
        try (SessionFactoryScope scope = open("omit")) {
            assertThat(secretChangedBy(scope, 7L)).extracting(AuditEntry::action).containsExactly(AuditAction.INSERT);
        }
    }

    @Test
    void omitWritesNoRowWhenOnlyASensitiveAttributeAndTheUpdaterChanged() {
        try (SessionFactoryScope scope = open("omit")) {
            assertThat(secretChangedBy(scope, 8L)).extracting(AuditEntry::action).containsExactly(AuditAction.INSERT);
        }
    }

    @Test
    void maskWritesARowThatSaysOnlyThatTheSensitiveAttributeChanged() {
        try (SessionFactoryScope scope = open("mask")) {
            List<AuditEntry> trail = secretChangedBy(scope, 7L);
            assertThat(trail).extracting(AuditEntry::action).containsExactly(AuditAction.INSERT, AuditAction.UPDATE);
            assertThat(trail.get(1).changes()).containsOnlyKeys("secret");
            assertThat(trail.get(1).changes().get("secret").masked()).isTrue();
        }
    }

    @Test
    void hashWritesARowWithTheHashesOfTheSensitiveAttributeOnly() {
        try (SessionFactoryScope scope = open("hash")) {
            List<AuditEntry> trail = secretChangedBy(scope, 8L);
            assertThat(trail).extracting(AuditEntry::action).containsExactly(AuditAction.INSERT, AuditAction.UPDATE);
            assertThat(trail.get(1).changes()).containsOnlyKeys("secret", "updatedBy");
            AuditChange secret = trail.get(1).changes().get("secret");
            assertThat(secret.oldValue()).asString().startsWith("hmac-sha256:").doesNotContain("s1");
            assertThat(secret.newValue()).asString().startsWith("hmac-sha256:").isNotEqualTo(secret.oldValue());
        }
    }

    @Test
    void aFlushThatOnlyMovesTheTimestampsAndTheVersionWritesNoRow() {
        try (SessionFactoryScope scope = open("mask")) {
            Contract contract = new Contract("Lease", "s1");
            AuditContext.runAs(7L, () -> scope.inTransaction(session -> session.persist(contract)));
            AuditContext.runAs(7L, () -> scope.inTransaction(session -> session.lock(session.find(Contract.class, contract.getId()),
                    jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT)));

            int version = scope.fromTransaction(session -> session.find(Contract.class, contract.getId()).getVersion());
            assertThat(version).isEqualTo(1);
            List<AuditEntry> trail = scope.fromTransaction(session -> AuditTrails.history(session, Contract.class, contract.getId(),
                    Page.first(10)));
            assertThat(trail).extracting(AuditEntry::action).containsExactly(AuditAction.INSERT);
        }
    }
}
