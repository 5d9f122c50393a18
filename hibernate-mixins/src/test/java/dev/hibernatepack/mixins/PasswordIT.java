// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.testmodel.Account;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

/** A {@link Password} attribute with no mapping annotation, and a checked e-mail, on a real database. */
@HibernateTest(entities = Account.class)
class PasswordIT {

    private static Account persisted(SessionFactoryScope scope, Account account) {
        scope.inTransaction(session -> session.persist(account));
        return account;
    }

    private static String storedPassword(SessionFactoryScope scope, Long id) {
        return scope.fromSession(session -> (String) session.createNativeQuery("select password from Account where id = :id", String.class)
                .setParameter("id", id).getSingleResult());
    }

    @Test
    void storesTheHashInAVarcharAndChecksItAfterReloading(SessionFactoryScope scope) {
        Account account = new Account("ada");
        account.setPassword("correct horse".toCharArray());
        persisted(scope, account);

        assertThat(storedPassword(scope, account.getId())).startsWith("$pbkdf2-sha256$i=1000$").doesNotContain("correct");
        Boolean right = scope.fromTransaction(session -> session.find(Account.class, account.getId()).checkPassword("correct horse".toCharArray()));
        Boolean wrong = scope.fromTransaction(session -> session.find(Account.class, account.getId()).checkPassword("Correct horse".toCharArray()));
        assertThat(right).isTrue();
        assertThat(wrong).isFalse();
    }

    @Test
    void aSuccessfulCheckStoresAStrongerHashWhenTheStoredOneIsOutdated(SessionFactoryScope scope) {
        Account account = new Account("grace");
        account.setPassword("pw-grace".toCharArray());
        persisted(scope, account);
        scope.sql().clear();

        scope.inTransaction(session -> session.find(Account.class, account.getId()).checkPassword("wrong".toCharArray()));
        assertThat(scope.sql().updates()).isEmpty();
        assertThat(storedPassword(scope, account.getId())).startsWith("$pbkdf2-sha256$i=1000$");

        scope.inTransaction(session -> session.find(Account.class, account.getId()).checkPassword("pw-grace".toCharArray()));
        assertThat(scope.sql().updates()).hasSize(1);
        assertThat(storedPassword(scope, account.getId())).startsWith("$pbkdf2-sha256$i=600000$");
        Boolean stillRight = scope.fromTransaction(session -> session.find(Account.class, account.getId())
                .checkPassword("pw-grace".toCharArray()));
        assertThat(stillRight).isTrue();
    }

    @Test
    void neitherToStringNorToMapShowsThePasswordOrItsHash(SessionFactoryScope scope) {
        Account account = new Account("linus");
        account.setPassword("tux-rules".toCharArray());
        account.setEmail("linus@example.org");
        persisted(scope, account);
        String hash = storedPassword(scope, account.getId()).split("\\$")[4];

        Account loaded = scope.fromTransaction(session -> session.find(Account.class, account.getId()));
        assertThat(loaded.toString()).doesNotContain(hash).contains("password=****");
        assertThat(loaded.toMap()).doesNotContainKey("password");
        assertThat(loaded.toMap().toString()).doesNotContain(hash);
    }

    @Test
    void anInvalidEmailIsRefusedBeforeAnythingChanges(SessionFactoryScope scope) {
        Account account = new Account("margaret");
        account.setEmail("Margaret@NASA.example");

        assertThatThrownBy(() -> account.setEmail("margaret@localhost")).isInstanceOf(InvalidEmailException.class)
                .hasMessage("The domain needs at least two parts, such as example.org");
        assertThat(account.getEmail()).isEqualTo("Margaret@nasa.example");
    }

    @Test
    void beanValidationRefusesAnInvalidEmailBeforeAnyInsert(SessionFactoryScope scope) {
        Account account = new Account("barbara");
        account.setEmailUnchecked("barbara@example");

        assertThatThrownBy(() -> persisted(scope, account)).isInstanceOfSatisfying(jakarta.validation.ConstraintViolationException.class,
                e -> assertThat(e.getConstraintViolations()).extracting(v -> v.getPropertyPath() + ": " + v.getMessage())
                        .containsExactly("email: The domain needs at least two parts, such as example.org"));
        assertThat(scope.sql().inserts()).isEmpty();
    }
}
