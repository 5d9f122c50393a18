// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The scope of the current user: nested, restored on failure, never seen by another thread. */
class AuditContextTest {

    @Test
    void scopesNestAndRestoreTheOuterUser() {
        assertThat(AuditContext.currentUser()).isEmpty();
        try (var outer = AuditContext.as("ada")) {
            assertThat(AuditContext.currentUser()).contains("ada");
            String inner = AuditContext.callAs("grace", () -> (String) AuditContext.currentUser().orElseThrow());
            assertThat(inner).isEqualTo("grace");
            assertThat(AuditContext.currentUser()).contains("ada");
        }
        assertThat(AuditContext.currentUser()).isEmpty();
    }

    @Test
    void aFailureInsideTheScopeStillRestoresIt() {
        assertThatThrownBy(() -> AuditContext.runAs("ada", () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(AuditContext.currentUser()).isEmpty();
    }

    @Test
    void anotherThreadDoesNotSeeTheUser() throws Exception {
        AtomicReference<Optional<Object>> seen = new AtomicReference<>();
        try (var scope = AuditContext.as("ada")) {
            CompletableFuture.runAsync(() -> seen.set(AuditContext.currentUser())).get();
        }
        assertThat(seen.get()).isEmpty();
    }

    @Test
    void aScopeClosesOnlyOnItsOwnThreadAndOnce() throws Exception {
        var scope = AuditContext.as("ada");
        var failure = CompletableFuture.runAsync(scope::close).handle((ok, e) -> e).get();
        assertThat(failure).hasCauseInstanceOf(IllegalStateException.class).hasMessageContaining("closed on the thread that opened it");
        scope.close();
        scope.close();
        assertThat(AuditContext.currentUser()).isEmpty();
        assertThatThrownBy(() -> AuditContext.as(null)).isInstanceOf(NullPointerException.class);
    }
}
