// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.spring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import dev.hibernatepack.audit.AuditTrail;
import dev.hibernatepack.audit.Auditable;
import dev.hibernatepack.audit.CreatedBy;
import dev.hibernatepack.audit.DeletedBy;
import dev.hibernatepack.audit.UpdatedBy;
import dev.hibernatepack.mixins.SoftDeletableEntity;
import dev.hibernatepack.slug.Slug;

/**
 * A news article: id, timestamps and soft delete from {@link SoftDeletableEntity}, a slug made from
 * its title, who-columns holding the editor's name, and an audit trail; soft-deleted with its comments.
 */
@Entity
@AuditTrail
public class Article extends SoftDeletableEntity implements Auditable {

    private String title;

    @Slug(from = "title")
    private String slug;

    private String body;

    private String section;

    @CreatedBy
    @Column(updatable = false)
    private String createdBy;

    @UpdatedBy
    private String updatedBy;

    @DeletedBy
    private String deletedBy;

    // A soft delete of the article soft-deletes its comments, with the same deleted_at.
    @OneToMany(mappedBy = "article", cascade = {CascadeType.PERSIST, CascadeType.REMOVE})
    @OrderBy("id")
    private List<Comment> comments = new ArrayList<>();

    protected Article() {
    }

    public Article(String title, String section, String body) {
        this.title = title;
        this.section = section;
        this.body = body;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getSection() {
        return section;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public String getDeletedBy() {
        return deletedBy;
    }

    /** The live comments, read-only: add them with {@link #addComment}, which keeps both sides in step. */
    public List<Comment> getComments() {
        return Collections.unmodifiableList(comments);
    }

    /** A new comment on this article, set on both sides; saved with the article. */
    public Comment addComment(String author, String text) {
        Comment comment = new Comment(this, author, text);
        comments.add(comment);
        return comment;
    }
}
