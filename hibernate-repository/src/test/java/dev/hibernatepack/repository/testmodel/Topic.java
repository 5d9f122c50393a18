// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.hibernatepack.audit.AuditTrail;
import dev.hibernatepack.mixins.SoftDeletableEntity;
import dev.hibernatepack.slug.Slug;

/** Soft-deletable, with an audit trail and a slug that keeps its history: every module's API has something to do. */
@Entity
@AuditTrail
@Table(name = "repo_topic")
public class Topic extends SoftDeletableEntity {

    private String title;

    @Slug(from = "title", regenerate = Slug.Regeneration.ON_SOURCE_CHANGE, history = true)
    private String slug;

    protected Topic() {
    }

    public Topic(String title) {
        this.title = title;
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
}
