// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.query.Page;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.audit.testmodel.Invoice;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

/** Envers and the pack's trail on the same entity: each keeps its own record of every change. */
@HibernateTest(entities = Invoice.class)
class EnversCoexistenceIT {

    @Test
    void bothRecordEveryChange(SessionFactoryScope scope) {
        Invoice invoice = new Invoice(100);
        AuditContext.runAs(1L, () -> {
            scope.inTransaction(session -> session.persist(invoice));
            scope.inTransaction(session -> session.find(Invoice.class, invoice.getId()).setAmount(120));
        });

        List<Number> revisions = scope.fromTransaction(session -> AuditReaderFactory.get(session).getRevisions(Invoice.class, invoice.getId()));
        assertThat(revisions).hasSize(2);
        List<AuditEntry> trail = scope.fromTransaction(session -> AuditTrails.history(session, Invoice.class, invoice.getId(), Page.first(10)));
        assertThat(trail).extracting(AuditEntry::action).containsExactly(AuditAction.UPDATE, AuditAction.INSERT);
        assertThat(trail.get(0).changes().get("amount")).isEqualTo(new AuditChange(100L, 120L, false));
    }
}
