// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.testmodel;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.hibernatepack.mixins.SoftDeletableEntity;

/** A soft-deletable, versioned entity with a to-one and a to-many association. */
@Entity
@Table(name = "repo_article")
public class Article extends SoftDeletableEntity {

    @Column(nullable = false)
    private String title;

    private int views;

    @ManyToOne(fetch = FetchType.LAZY)
    private Author author;

    @OneToMany(mappedBy = "article", cascade = CascadeType.PERSIST)
    private List<Remark> remarks = new ArrayList<>();

    @Version
    private long version;

    protected Article() {
    }

    public Article(String title, int views, Author author) {
        this.title = title;
        this.views = views;
        this.author = author;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public int getViews() {
        return views;
    }

    public Author getAuthor() {
        return author;
    }

    public List<Remark> getRemarks() {
        return remarks;
    }

    public long getVersion() {
        return version;
    }

    /** Adds a remark on both sides. */
    public Remark remark(String text) {
        Remark remark = new Remark(this, text);
        remarks.add(remark);
        return remark;
    }
}
