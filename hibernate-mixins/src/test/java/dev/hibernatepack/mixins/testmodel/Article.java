// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.testmodel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import dev.hibernatepack.mixins.BaseEntity;
import dev.hibernatepack.mixins.Sensitive;

@Entity
public class Article extends BaseEntity {

    private String title;

    @Sensitive
    private String secret;

    private int views;

    @Enumerated(EnumType.STRING)
    private Status status = Status.DRAFT;

    private LocalDate publishedOn;

    private UUID reference;

    private BigDecimal price;

    @Version
    private Long version;

    @ManyToOne(fetch = FetchType.LAZY)
    private Author author;

    protected Article() {
    }

    public Article(String title) {
        this.title = title;
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

    public Status getStatus() {
        return status;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public UUID getReference() {
        return reference;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public Long getVersion() {
        return version;
    }

    public Author getAuthor() {
        return author;
    }

    public void setAuthor(Author author) {
        this.author = author;
    }
}
