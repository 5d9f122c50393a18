// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.hibernate.query.Page;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.audit.testmodel.Contract;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

/**
 * An entity changed after {@code persist} in the same transaction: its insert and its update run
 * in one flush. The row keeps what the insert wrote (who created it, and when), and the trail
 * shows the insert and an update of what the application changed.
 */
@HibernateTest(entities = Contract.class)
class AuditAfterPersistIT {

    private static List<AuditEntry> history(SessionFactoryScope scope, Contract contract) {
        List<AuditEntry> newestFirst = scope.fromTransaction(session -> AuditTrails.history(session, Contract.class, contract.getId(),
                Page.first(10)));
        List<AuditEntry> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private static Contract reloaded(SessionFactoryScope scope, Contract contract) {
        return scope.fromTransaction(session -> session.find(Contract.class, contract.getId()));
    }

    @Test
    void aChangeAfterPersistKeepsWhoCreatedTheRowAndWhen(SessionFactoryScope scope) {
        Contract contract = new Contract("Lease", "s1");
        AuditContext.runAs(7L, () -> scope.inTransaction(session -> {
            session.persist(contract);
            contract.setNote("x");
        }));

        Contract row = reloaded(scope, contract);
        assertThat(row.getCreatedBy()).isEqualTo(7L);
        assertThat(row.getUpdatedBy()).isEqualTo(7L);
        assertThat(row.getCreatedAt()).isNotNull().isEqualTo(contract.getCreatedAt());
        assertThat(row.getUpdatedAt()).isNotNull().isEqualTo(contract.getUpdatedAt());
        assertThat(row.getNote()).isEqualTo("x");
    }

    @Test
    void theTrailShowsTheInsertAndAnUpdateOfOnlyWhatTheApplicationChanged(SessionFactoryScope scope) {
        Contract contract = new Contract("Lease", "s1");
        AuditContext.runAs(7L, () -> scope.inTransaction(session -> {
            session.persist(contract);
            contract.setNote("x");
        }));

        List<AuditEntry> trail = history(scope, contract);
        assertThat(trail).extracting(AuditEntry::action).containsExactly(AuditAction.INSERT, AuditAction.UPDATE);
        assertThat(trail.get(0).changes()).containsKeys("title", "createdBy", "createdAt");
        assertThat(trail.get(1).changes()).containsOnlyKeys("note");
        assertThat(trail.get(1).changes().get("note")).isEqualTo(new AuditChange(null, "x", false));
    }

    @Test
    void aFlushBetweenPersistAndChangeGivesTheSameRowAndTrail(SessionFactoryScope scope) {
        Contract contract = new Contract("Lease", "s1");
        AuditContext.runAs(7L, () -> scope.inTransaction(session -> {
            session.persist(contract);
            session.flush();
            contract.setNote("x");
        }));

        Contract row = reloaded(scope, contract);
        assertThat(row.getCreatedBy()).isEqualTo(7L);
        assertThat(row.getCreatedAt()).isNotNull().isEqualTo(contract.getCreatedAt());
        List<AuditEntry> trail = history(scope, contract);
        assertThat(trail).extracting(AuditEntry::action).containsExactly(AuditAction.INSERT, AuditAction.UPDATE);
        assertThat(trail.get(1).changes()).containsOnlyKeys("note");
    }

    @Test
    void aLaterUpdateByAnotherUserShowsTheChangeAndTheNewUpdaterButNeverTheCreation(SessionFactoryScope scope) {
        Contract contract = new Contract("Lease", "s1");
        AuditContext.runAs(7L, () -> scope.inTransaction(session -> {
            session.persist(contract);
            contract.setNote("x");
        }));
        Instant createdAt = reloaded(scope, contract).getCreatedAt();
        AuditContext.runAs(8L, () -> scope.inTransaction(session -> session.find(Contract.class, contract.getId()).setTitle("Lease 2")));

        Contract row = reloaded(scope, contract);
        assertThat(row.getCreatedBy()).isEqualTo(7L);
        assertThat(row.getCreatedAt()).isEqualTo(createdAt);
        Map<String, AuditChange> changes = history(scope, contract).get(2).changes();
        assertThat(changes).containsOnlyKeys("title", "updatedBy");
        assertThat(changes.get("updatedBy")).isEqualTo(new AuditChange(7L, 8L, false));
    }

    @Test
    void aStatelessInsertThenUpdateKeepsWhoCreatedTheRowAndWhen(SessionFactoryScope scope) {
        Contract contract = new Contract("Lease", "s1");
        AuditContext.runAs(7L, () -> scope.inStatelessTransaction(session -> {
            session.insert(contract);
            contract.setNote("x");
            session.update(contract);
        }));

        Contract row = reloaded(scope, contract);
        assertThat(row.getCreatedBy()).isEqualTo(7L);
        assertThat(row.getCreatedAt()).isNotNull().isEqualTo(contract.getCreatedAt());
        assertThat(row.getNote()).isEqualTo("x");
    }
}
