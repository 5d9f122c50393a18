// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.blog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.validation.constraints.NotBlank;

import org.hibernate.annotations.Formula;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import dev.hibernatepack.mixins.SoftDeletableEntity;
import dev.hibernatepack.slug.Slug;

/** A blog post by a {@link User}, with comments and tags; soft-deleted with its comments. */
@Entity
public class Post extends SoftDeletableEntity {

    /** Publication state. */
    public enum Status { DRAFT, PUBLISHED }

    @NotBlank
    @Size(max = 120)
    private String title;

    // "hello-world", then "hello-world-2": unique, readable, made once from the title.
    @Slug(from = "title")
    private String slug;

    private String body;

    @Enumerated(EnumType.STRING)
    private Status status = Status.DRAFT;

    @PositiveOrZero
    private int views;

    // Computed by the database, so it works in Java (getCommentCount) and in queries (p.commentCount > 0).
    @Formula("(select count(*) from Comment c where c.post_id = id and c.deleted_at is null)")
    private int commentCount;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private User author;

    // remove() soft-deletes the post and, through this cascade, its comments.
    @OneToMany(mappedBy = "post", cascade = CascadeType.REMOVE)
    private List<Comment> comments = new ArrayList<>();

    @ManyToMany
    private Set<Tag> tags = new HashSet<>();

    protected Post() {
    }

    public Post(User author, String title, String body) {
        this.author = author;
        this.title = title;
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

    public Status getStatus() {
        return status;
    }

    public int getViews() {
        return views;
    }

    public User getAuthor() {
        return author;
    }

    public Set<Tag> getTags() {
        return tags;
    }

    /** The live comments, counted by the database when the post was loaded. */
    public int getCommentCount() {
        return commentCount;
    }

    /** The comments, read-only: add them with {@link #addComment}, which keeps both sides in step. */
    public List<Comment> getComments() {
        return java.util.Collections.unmodifiableList(comments);
    }

    /** A new comment on this post: set on the comment and added to this post's list. */
    public Comment addComment(String text) {
        Comment comment = new Comment(this, text);
        comments.add(comment);
        return comment;
    }

    /** Moves {@code comment} here from its post, on both sides. */
    public void moveHere(Comment comment) {
        Post from = comment.getPost();
        if (from != this) {
            from.comments.remove(comment);
            comment.setPost(this);
            comments.add(comment);
        }
    }
}
