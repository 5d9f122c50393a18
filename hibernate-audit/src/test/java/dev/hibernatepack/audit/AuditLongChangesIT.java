// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hibernate.query.Page;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.audit.testmodel.Contract;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

/** The trail's changes column holds long text on every database (not MariaDB's 255-byte tinytext). */
@HibernateTest(entities = Contract.class)
class AuditLongChangesIT {

    @Test
    void aChangeOfTenThousandCharactersIsWrittenAndReadBackWhole(SessionFactoryScope scope) {
        String note = "0123456789".repeat(1_000);
        Contract contract = new Contract("Lease", "s1");
        AuditContext.runAs(7L, () -> scope.inTransaction(session -> session.persist(contract)));
        AuditContext.runAs(7L, () -> scope.inTransaction(session -> session.find(Contract.class, contract.getId()).setNote(note)));

        List<AuditEntry> trail = scope.fromTransaction(session -> AuditTrails.history(session, Contract.class, contract.getId(),
                Page.first(10)));
        assertThat(trail).extracting(AuditEntry::action).containsExactly(AuditAction.UPDATE, AuditAction.INSERT);
        assertThat(trail.get(0).changes().get("note")).isEqualTo(new AuditChange(null, note, false));
        String stored = scope.fromTransaction(session -> session.createSelectionQuery(
                "select changes from HibernatePackAuditLog where action = :action", String.class)
                .setParameter("action", AuditAction.UPDATE).getSingleResult());
        assertThat(stored).hasSizeGreaterThan(10_000).contains(note);
    }

    @Test
    void theChangesColumnHoldsAtLeastAMillionCharacters(SessionFactoryScope scope) {
        long size = scope.fromSession(session -> session.doReturningWork(connection -> {
            var metadata = connection.getMetaData();
            for (String table : new String[] {"audit_log", "AUDIT_LOG"}) {
                for (String column : new String[] {"changes", "CHANGES"}) {
                    try (var columns = metadata.getColumns(connection.getCatalog(), null, table, column)) {
                        if (columns.next()) {
                            return columns.getLong("COLUMN_SIZE");
                        }
                    }
                }
            }
            return -1L;
        }));
        assertThat(size).isGreaterThanOrEqualTo(1_000_000L);
    }
}
