// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.hibernatepack.audit.AuditAction;
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
}
