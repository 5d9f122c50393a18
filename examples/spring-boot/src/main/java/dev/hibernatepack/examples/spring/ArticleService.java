// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.spring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.query.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.hibernatepack.audit.AuditEntry;
import dev.hibernatepack.audit.AuditTrails;
import dev.hibernatepack.mixins.SoftDeletes;
import dev.hibernatepack.slug.SlugMatch;
import dev.hibernatepack.slug.Slugs;

/**
 * The newsroom's use cases, one transaction each. The pack's APIs take Spring's shared
 * {@code EntityManager} as they take any other: inside a transaction it is that transaction's.
 */
@Service
@Transactional
public class ArticleService {

    private final ArticleRepository articles;

    @PersistenceContext
    private EntityManager entityManager;

    public ArticleService(ArticleRepository articles) {
        this.articles = articles;
    }

    /** Saves a new article: slug, timestamps and who-columns are filled when it is written. */
    public Article publish(String title, String section, String body) {
        return articles.saveAndFlush(new Article(title, section, body));
    }

    /** Adds a comment to the article with this id. */
    public Comment comment(long articleId, String author, String text) {
        Comment comment = articles.findById(articleId).orElseThrow().addComment(author, text);
        entityManager.persist(comment);
        return comment;
    }

    /** Changes an article's title and body; its slug stays, so links stay valid. */
    public Article edit(long id, String title, String body) {
        Article article = articles.findById(id).orElseThrow();
        article.setTitle(title);
        article.setBody(body);
        return articles.saveAndFlush(article);
    }

    /** The live article with this slug, or one that had it before (then a redirect). */
    @Transactional(readOnly = true)
    public Optional<SlugMatch<Article>> bySlug(String slug) {
        return Slugs.findBySlug(entityManager, Article.class, slug);
    }

    /** The article with this id, soft-deleted or not: what an editor's trash view shows. */
    @Transactional(readOnly = true)
    public Optional<Article> includingDeleted(long id) {
        return SoftDeletes.withDeleted(entityManager, () -> articles.findById(id));
    }

    /** Brings back a soft-deleted article and the comments deleted with it. */
    public Article restore(long id) {
        Article article = includingDeleted(id).orElseThrow();
        SoftDeletes.restore(entityManager, article, true);
        return article;
    }

    /** The article with this id and its comments, read in a transaction of its own. */
    @Transactional(readOnly = true)
    public Optional<Article> loadOne(long id) {
        Optional<Article> article = articles.findById(id);
        article.ifPresent(a -> a.getComments().size());
        return article;
    }

    /**
     * The articles with these ids, one {@code findById} each: an N+1 (cause {@code FIND}) that the
     * monitoring module reports at this method; {@code findAllById} reads them in one select.
     */
    @Transactional(readOnly = true)
    public List<Article> loadAll(List<Long> ids) {
        List<Article> found = new ArrayList<>();
        for (Long id : ids) {
            articles.findById(id).ifPresent(found::add);
        }
        return found;
    }

    /**
     * Each live article's title and number of comments, reading every article's lazy comments in
     * turn: an N+1 the monitoring module reports at this method ({@code findWithComments} avoids it).
     */
    @Transactional(readOnly = true)
    public Map<String, Integer> listWithComments() {
        Map<String, Integer> comments = new LinkedHashMap<>();
        articles.findAll().forEach(article -> comments.put(article.getTitle(), article.getComments().size()));
        return comments;
    }

    /** Who changed the article and what, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(long id) {
        return AuditTrails.history(entityManager, Article.class, id, Page.first(20));
    }
}
