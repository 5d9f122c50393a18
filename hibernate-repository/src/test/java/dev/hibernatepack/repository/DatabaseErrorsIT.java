// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.hibernate.Session;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.repository.testmodel.Account;
import dev.hibernatepack.repository.testmodel.Payment;
import dev.hibernatepack.testing.TestDatabase;

/** Each typed error caused for real, on H2 or PostgreSQL, and the database left as it was. */
class DatabaseErrorsIT {

    private static Database db;

    @BeforeAll
    static void open() {
        TestDatabase.current().assumeAvailable();
        // Nullability left to the database, so NOT NULL is the database's error, not Hibernate's.
        db = Database.create(DatabaseIT.settings("errors-it").load(), Map.of(AvailableSettings.HBM2DDL_AUTO, "create-drop",
                AvailableSettings.CHECK_NULLABILITY, "false"), Account.class, Payment.class);
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void empty() {
        db.inTransaction(session -> {
            session.createMutationQuery("delete from Payment").executeUpdate();
            session.createMutationQuery("delete from Account").executeUpdate();
        });
        db.inTransaction(session -> session.persist(new Account("ada@example.com", 10)));
    }

    private static long accounts() {
        Long count = db.fromReadOnlyTransaction(session -> session.createSelectionQuery("select count(*) from Account", Long.class)
                .getSingleResult());
        return count;
    }

    @Test
    void aTakenUniqueValueIsADuplicateKeyNamingTheConstraint() {
        assertThatThrownBy(() -> db.inTransaction(session -> {
            session.persist(new Account("grace@example.com", 0));
            session.persist(new Account("ada@example.com", 0));
        })).isInstanceOfSatisfying(DuplicateKeyException.class, e -> {
            assertThat(e.constraintName()).contains("ux_account_email");
            assertThat(e.columns()).containsExactly("email");
            assertThat(e.getMessage()).doesNotContain("ada@example.com");
            assertThat(e).hasMessageStartingWith("Duplicate key: the change broke unique constraint")
                    .hasMessageNotContaining("ada@example.com")
                    .hasCauseInstanceOf(org.hibernate.exception.ConstraintViolationException.class);
        });
        assertThat(accounts()).isEqualTo(1); // grace's insert was rolled back with the rest
    }

    @Test
    void aReferenceToAMissingRowIsAForeignKeyViolation() {
        assertThatThrownBy(() -> db.inTransaction(session -> session.persist(new Payment(session.getReference(Account.class, -42L)))))
                .isInstanceOfSatisfying(ForeignKeyViolationException.class, e -> assertThat(e.constraintName())
                        .contains("fk_payment_account"));
    }

    @Test
    void deletingARowStillReferredToIsAForeignKeyViolationToo() {
        db.inTransaction(session -> {
            Account account = session.createSelectionQuery("from Account", Account.class).getSingleResult();
            session.persist(new Payment(account));
        });
        assertThatThrownBy(() -> db.inTransaction(session -> session.createMutationQuery("delete from Account").executeUpdate()))
                .isInstanceOf(ForeignKeyViolationException.class);
        assertThat(accounts()).isEqualTo(1);
    }

    @Test
    void aMissingRequiredValueIsANotNullViolation() {
        assertThatThrownBy(() -> db.inTransaction(session -> session.persist(new Account(null, 0))))
                .isInstanceOf(NotNullViolationException.class);
        assertThat(accounts()).isEqualTo(1);
    }

    @Test
    void hibernatesOwnNullCheckIsANotNullViolationNamingTheAttribute() {
        try (Database checked = Database.create(DatabaseIT.settings("errors-it-checked").load(),
                Map.of(AvailableSettings.HBM2DDL_AUTO, "update"), Account.class, Payment.class)) {
            assertThatThrownBy(() -> checked.inTransaction(session -> session.persist(new Account(null, 0))))
                    .isInstanceOf(NotNullViolationException.class)
                    .hasMessage("Missing value: " + Account.class.getName() + ".email is required (checked by Hibernate before writing)");
        }
    }

    @Test
    void aBrokenCheckIsACheckViolation() {
        assertThatThrownBy(() -> db.inTransaction(session -> session.persist(new Account("broke@example.com", -1))))
                .isInstanceOfSatisfying(CheckViolationException.class, e -> assertThat(e.constraintName())
                        .contains("ck_account_balance"));
        assertThat(accounts()).isEqualTo(1);
    }

    @Test
    void aValueLongerThanItsColumnIsValueTooLong() {
        assertThatThrownBy(() -> db.inTransaction(session -> session.persist(new Account("a-very-long-address@example.com", 0))))
                .isInstanceOf(ValueTooLongException.class)
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("Value too long for its column (SQL state 22001)");
        assertThat(accounts()).isEqualTo(1);
    }

    @Test
    void noFreeConnectionWithinThePoolTimeoutIsDatabaseUnavailable() {
        try (Database small = Database.create(DatabaseIT.settings("errors-it-small").poolSize(1).maxOverflow(0)
                .poolTimeout(Duration.ofSeconds(1)).load(), Map.of(AvailableSettings.HBM2DDL_AUTO, "update"), Account.class, Payment.class);
                Session holder = small.openSession()) {
            holder.beginTransaction(); // holds the only connection
            holder.createSelectionQuery("from Account", Account.class).getResultList();

            assertThatThrownBy(() -> small.inTransaction(session -> session.createSelectionQuery("from Account", Account.class)
                    .getResultList())).isInstanceOf(DatabaseUnavailableException.class).hasMessageStartingWith("Database unavailable: ");
            holder.getTransaction().rollback();
            assertThat(small.poolStatistics().waiting()).isZero();
        }
    }

    @Test
    void everyTypedErrorIsADatabaseException() {
        assertThatThrownBy(() -> db.inTransaction(session -> session.persist(new Account("ada@example.com", 0))))
                .isInstanceOf(DatabaseException.class).isInstanceOf(ConstraintViolatedException.class);
    }
}
