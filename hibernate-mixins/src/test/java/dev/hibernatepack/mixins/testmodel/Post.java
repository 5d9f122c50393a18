// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.testmodel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import dev.hibernatepack.mixins.SoftDeletableEntity;
import dev.hibernatepack.mixins.UniqueWhileActive;

@Entity
@Table(name = "posts")
@UniqueWhileActive("slug")
public class Post extends SoftDeletableEntity {

    private String title;

    private String slug;

    @ManyToOne(fetch = FetchType.LAZY)
    private Writer writer;

    @OneToMany(mappedBy = "post", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Comment> comments = new ArrayList<>();

    @OneToMany(mappedBy = "post", cascade = CascadeType.REMOVE)
    private List<Attachment> attachments = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "post_tags")
    private Set<Tag> tags = new HashSet<>();

    protected Post() {
    }

    public Post(String title, String slug) {
        this.title = title;
        this.slug = slug;
    }

    public Comment addComment(String text) {
        Comment comment = new Comment(this, text);
        comments.add(comment);
        return comment;
    }

    public Attachment addAttachment(String name) {
        Attachment attachment = new Attachment(this, name);
        attachments.add(attachment);
        return attachment;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public Writer getWriter() {
        return writer;
    }

    public void setWriter(Writer writer) {
        this.writer = writer;
    }

    public List<Comment> getComments() {
        return comments;
    }

    public List<Attachment> getAttachments() {
        return attachments;
    }

    public Set<Tag> getTags() {
        return tags;
    }
}
