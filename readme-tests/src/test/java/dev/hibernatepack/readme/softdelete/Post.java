// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.softdelete;

import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;

import dev.hibernatepack.mixins.SoftDeletableEntity;
import dev.hibernatepack.mixins.UniqueWhileActive;

/** The README's soft-deletable post (hibernate-mixins, Soft delete), as written there. */
@Entity
@UniqueWhileActive("slug")                       // unique among live rows only
public class Post extends SoftDeletableEntity {  // BaseEntity + deleted_at, is_deleted
    private String slug;
    @OneToMany(mappedBy = "post", cascade = CascadeType.REMOVE)
    private List<Comment> comments;              // Comment extends SoftDeletableEntity too
}
