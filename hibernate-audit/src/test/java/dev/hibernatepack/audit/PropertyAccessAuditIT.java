// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.audit.internal.AuditLogRow;
import dev.hibernatepack.audit.testmodel.Locker;
import dev.hibernatepack.audit.testmodel.Vault;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

/** The trail and the who-columns honour their annotations on getters, with or without property access. */
@HibernateTest(entities = {Vault.class, Locker.class})
class PropertyAccessAuditIT {

    private static List<AuditLogRow> trail(SessionFactoryScope scope) {
        return scope.fromTransaction(session -> session.createSelectionQuery("from HibernatePackAuditLog order by id", AuditLogRow.class)
                .getResultList());
    }

    @Test
    void aSensitiveGetterOfAPropertyAccessEntityIsMaskedInTheTrailAndItsWhoColumnsAreFilled(SessionFactoryScope scope) {
        Vault vault = new Vault("Main", "12-34-56");
        AuditContext.runAs(7L, () -> scope.inTransaction(session -> session.persist(vault)));
        AuditContext.runAs(8L, () -> scope.inTransaction(session -> {
            Vault loaded = session.find(Vault.class, vault.getId());
            loaded.setCombination("65-43-21");
            loaded.setTitle("Main hall");
        }));

        Vault stored = scope.fromSession(session -> session.find(Vault.class, vault.getId()));
        assertThat(stored.getCreatedBy()).isEqualTo(7L);
        assertThat(stored.getUpdatedBy()).isEqualTo(8L);
        List<AuditLogRow> rows = trail(scope);
        assertThat(rows).extracting(AuditLogRow::getAction).containsExactly(AuditAction.INSERT, AuditAction.UPDATE);
        assertThat(rows.get(0).getChanges()).contains("\"title\":{\"old\":null,\"new\":\"Main\"}")
                .contains("\"combination\":{\"changed\":true}").contains("\"createdBy\":{\"old\":null,\"new\":7}")
                .doesNotContain("12-34-56");
        assertThat(rows.get(1).getChanges()).contains("\"combination\":{\"changed\":true}")
                .contains("\"updatedBy\":{\"old\":7,\"new\":8}").doesNotContain("12-34-56").doesNotContain("65-43-21");
    }

    @Test
    void aSensitiveGetterOfAFieldAccessEntityIsStillMaskedInTheTrail(SessionFactoryScope scope) {
        Locker locker = new Locker("Ada", "L-0042");
        scope.inTransaction(session -> session.persist(locker));
        scope.inTransaction(session -> session.find(Locker.class, locker.getId()).setCode("L-0043"));

        List<AuditLogRow> rows = trail(scope);
        assertThat(rows).hasSize(2);
        assertThat(rows).allSatisfy(row -> assertThat(row.getChanges()).contains("\"code\":{\"changed\":true}")
                .doesNotContain("L-0042").doesNotContain("L-0043"));
    }
}
