// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.hibernatepack.mixins.BaseEntity;

/** Not soft-deletable: stays in place when its post is soft-deleted. */
@Entity
@Table(name = "attachments")
public class Attachment extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Post post;

    private String name;

    protected Attachment() {
    }

    Attachment(Post post, String name) {
        this.post = post;
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
