// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.benchmarks;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.hibernatepack.mixins.BaseEntity;

/**
 * The variant under test: id, timestamps and {@code is_active} inherited from {@link BaseEntity},
 * the timestamps written by the mixin's generators. Same table shape as {@link HandPost}.
 */
@Entity
@Table(name = "mixin_post")
public class MixinPost extends BaseEntity {

    private String title;

    private String body;

    protected MixinPost() {
    }

    /** A new post; the mixin sets its timestamps when it is persisted. */
    public MixinPost(String title, String body) {
        this.title = title;
        this.body = body;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }
}
