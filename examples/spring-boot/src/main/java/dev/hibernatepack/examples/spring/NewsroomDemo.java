// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.spring;

import java.io.PrintStream;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.hibernatepack.audit.AuditEntry;
import dev.hibernatepack.monitoring.QueryCounts;

/**
 * Walks through what the pack does under Spring Data JPA, printing each step: slugs, timestamps,
 * who-columns from a Spring bean, soft delete on every repository path, the audit trail, and the
 * statements monitoring saw.
 */
@Component
public class NewsroomDemo {

    private final ArticleService service;
    private final ArticleRepository articles;
    private final CommentRepository comments;
    private final CurrentEditor editor;
    private final TransactionTemplate transaction;

    public NewsroomDemo(ArticleService service, ArticleRepository articles, CommentRepository comments, CurrentEditor editor,
            TransactionTemplate transaction) {
        this.service = service;
        this.articles = articles;
        this.comments = comments;
        this.editor = editor;
        this.transaction = transaction;
    }

    /** Runs every step on the application's database, writing what happens to {@code out}. */
    public void run(PrintStream out) {
        Article launch = editor.as("ada", () -> service.publish("Hello, Spring!", "tech", "Boot meets the pack."));
        out.printf("1. Published \"%s\" as /%s, created %s by %s%n", launch.getTitle(), launch.getSlug(),
                launch.getCreatedAt() != null ? "at " + launch.getCreatedAt() : "(no time)", launch.getCreatedBy());

        Article again = editor.as("ada", () -> service.publish("Hello, Spring!", "tech", "Same title, next slug."));
        Article weather = editor.as("grace", () -> service.publish("Rain tomorrow", "weather", "Bring an umbrella."));
        editor.as("grace", () -> service.publish("Markets close higher", "business", "A good day."));
        out.printf("2. Same title, next free slug: /%s; another editor: \"%s\" by %s%n", again.getSlug(), weather.getTitle(),
                weather.getCreatedBy());

        editor.as("linus", () -> {
            service.comment(launch.getId(), "reader", "First!");
            service.comment(launch.getId(), "critic", "Too short.");
        });
        Article edited = editor.as("grace", () -> service.edit(launch.getId(), "Hello again, Spring!", "Longer now."));
        out.printf("3. Edited by %s: title \"%s\", slug still /%s%n", edited.getUpdatedBy(), edited.getTitle(), edited.getSlug());

        Page<Article> page = articles.findAll(PageRequest.of(0, 2, Sort.by("title")));
        out.printf("4. Page 1 of %d by title: %s; tech by Specification: %d; ada's titles by @Query: %s%n", page.getTotalPages(),
                page.map(Article::getTitle).getContent(), articles.count(ArticleRepository.inSection("tech")),
                articles.titlesBy("ada"));

        editor.as("grace", () -> articles.deleteById(again.getId()));
        editor.as("grace", () -> articles.deleteById(launch.getId()));
        out.printf("5. deleteById soft-deletes: findById %s, count %d, existsById %s, live comments %d%n",
                articles.findById(launch.getId()).isPresent() ? "found it" : "is empty", articles.count(),
                articles.existsById(launch.getId()), comments.count());
        Article trashed = service.includingDeleted(launch.getId()).orElseThrow();
        out.printf("6. SoftDeletes.withDeleted shows it: deleted %s, deleted_by %s%n", trashed.isDeleted(), trashed.getDeletedBy());

        try {
            articles.deleteAllInBatch();
            out.println("7. deleteAllInBatch deleted every row");
        } catch (RuntimeException e) {
            out.printf("7. deleteAllInBatch refused: %s%n", e.getMessage());
        }

        editor.as("ada", () -> service.restore(launch.getId()));
        out.printf("8. Restored: /%s found by Slugs.findBySlug on Spring's EntityManager: %s, with %d comments%n", launch.getSlug(),
                service.bySlug(launch.getSlug()).isPresent(), comments.count());

        List<AuditEntry> history = service.history(launch.getId());
        out.printf("9. Audit trail of article %d, newest first:%n", launch.getId());
        for (AuditEntry entry : history) {
            out.printf("   %-7s by %-5s %s%n", entry.action(), entry.changedBy(), entry.changes().keySet().stream().sorted().toList());
        }

        QueryCounts.Counts counts = QueryCounts.record(() -> transaction.executeWithoutResult(status -> {
            for (Article article : articles.findAll(Sort.by("id"))) {
                article.getComments().size();
            }
        }));
        out.printf("10. Monitoring saw %d selects for articles and their comments, N+1 findings: %s%n", counts.selects(),
                counts.nPlusOne().stream().map(finding -> finding.association() + " x" + finding.count()).toList());
    }
}
