// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import dev.hibernatepack.audit.AuditAction;
import dev.hibernatepack.audit.AuditContext;
import dev.hibernatepack.audit.AuditEntry;
import dev.hibernatepack.audit.MissingCurrentUserException;

/**
 * The audit module under Boot: the current user comes from {@link EditorResolver}, named in
 * {@code application.properties} and made by Spring's bean factory (it has no constructor but the
 * one taking the {@link CurrentEditor} bean), and {@code @Transactional} services write the trail.
 */
@NewsroomTest
class AuditUnderBootIT {

    @Autowired
    ArticleService service;

    @Autowired
    ArticleRepository articles;

    @Autowired
    CurrentEditor editor;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void whoColumnsComeFromTheResolverBeanNamedInTheProperties() {
        Article article = editor.as("ada", () -> service.publish("Audited", "tech", "First."));
        assertThat(article.getCreatedBy()).isEqualTo("ada");
        assertThat(article.getUpdatedBy()).isEqualTo("ada");

        editor.as("grace", () -> service.edit(article.getId(), "Audited again", "Second."));
        editor.as("linus", () -> articles.deleteById(article.getId()));
        assertThat(jdbc.queryForMap("select created_by, updated_by, deleted_by from article where id = ?", article.getId()))
                .containsEntry("CREATED_BY", "ada").containsEntry("UPDATED_BY", "linus").containsEntry("DELETED_BY", "linus");
    }

    @Test
    void theTrailHasOneRowPerChangeWithWhoAndWhat() {
        Article article = editor.as("ada", () -> service.publish("Trail", "tech", "First."));
        editor.as("grace", () -> service.edit(article.getId(), "Trail", "Second."));
        editor.as("linus", () -> articles.deleteById(article.getId()));
        editor.as("ada", () -> service.restore(article.getId()));

        List<AuditEntry> history = service.history(article.getId());
        assertThat(history).extracting(AuditEntry::action, AuditEntry::changedBy).containsExactly(
                tuple(AuditAction.RESTORE, "ada"),
                tuple(AuditAction.SOFT_DELETE, "linus"),
                tuple(AuditAction.UPDATE, "grace"),
                tuple(AuditAction.INSERT, "ada"));
        assertThat(history.get(2).changes()).containsOnlyKeys("body", "updatedBy");
        assertThat(history.get(2).changes().get("body").oldValue()).isEqualTo("First.");
        assertThat(history.get(2).changes().get("body").newValue()).isEqualTo("Second.");
    }

    @Test
    void aWriteWithNoEditorAtWorkFailsAndWritesNothing() {
        assertThatThrownBy(() -> service.publish("Anonymous", "tech", "Nobody."))
                .hasRootCauseInstanceOf(MissingCurrentUserException.class)
                .rootCause().hasMessageContaining("dev.hibernatepack.examples.spring.Article");
        assertThat(jdbc.queryForObject("select count(*) from article", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_log", Long.class)).isZero();
    }

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationContext context;

    private String updatedBy(long id) {
        return jdbc.queryForObject("select updated_by from article where id = ?", String.class, id);
    }

    /** A scope opened and closed inside a transaction: its change is the scope's, though Spring flushes at commit. */
    @Test
    void aScopeInsideATransactionAttributesItsChangeToItsUser() {
        Article article = editor.as("ann", () -> service.publish("Scoped", "tech", "First."));

        transaction.executeWithoutResult(status -> {
            Article loaded = articles.findById(article.getId()).orElseThrow();
            AuditContext.runAs("zoe", () -> loaded.setBody("By zoe."));
        });
        assertThat(updatedBy(article.getId())).isEqualTo("zoe");

        editor.as("outer", () -> transaction.executeWithoutResult(status -> {
            Article loaded = articles.findById(article.getId()).orElseThrow();
            AuditContext.runAs("zoe", () -> loaded.setBody("By zoe again."));
        }));
        assertThat(updatedBy(article.getId())).isEqualTo("zoe");
        assertThat(service.history(article.getId()).get(0).changedBy()).isEqualTo("zoe");
    }

    @Test
    void aChangeMadeWithNoUserBeforeAScopeFailsLoudlyAndChangesNothing() {
        Article article = editor.as("ann", () -> service.publish("Unowned", "tech", "First."));
        long trail = jdbc.queryForObject("select count(*) from audit_log", Long.class);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            articles.findById(article.getId()).orElseThrow().setBody("By nobody.");
            AuditContext.runAs("zoe", () -> { });
        })).isInstanceOf(MissingCurrentUserException.class).hasMessageContaining("Article.updatedBy");

        assertThat(jdbc.queryForObject("select body from article where id = ?", String.class, article.getId())).isEqualTo("First.");
        assertThat(jdbc.queryForObject("select count(*) from audit_log", Long.class)).isEqualTo(trail);
    }

    /** The resolver named in the properties is the context's own singleton, not an instance Hibernate made. */
    @Test
    void theResolverIsTheContextsSingleton() {
        editor.as("ada", () -> service.publish("Singleton", "tech", "First."));

        assertThat(context.getBeansOfType(EditorResolver.class)).hasSize(1);
        assertThat(EditorResolver.instances()).isEqualTo(1);
    }
}
