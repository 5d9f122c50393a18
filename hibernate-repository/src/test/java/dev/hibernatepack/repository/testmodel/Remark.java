// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.hibernatepack.mixins.BaseEntity;

/** A hard-deleted child of an article. */
@Entity
@Table(name = "repo_remark")
public class Remark extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Article article;

    @Column(nullable = false)
    private String text;

    protected Remark() {
    }

    Remark(Article article, String text) {
        this.article = article;
        this.text = text;
    }

    public String getText() {
        return text;
    }
}
