// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.mixins;

import static jakarta.persistence.FetchType.LAZY;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

import dev.hibernatepack.mixins.BaseEntity;
import dev.hibernatepack.mixins.Sensitive;

/** The README's first entity (hibernate-mixins, BaseEntity), as written there. */
@Entity
public class Post extends BaseEntity {
    private String title;
    private Status status;                   // enum Status { DRAFT, PUBLISHED }
    private int views;
    @Sensitive private String editorNotes;   // never in toMap(), masked in toString()
    @ManyToOne(fetch = LAZY) private User author;
}
