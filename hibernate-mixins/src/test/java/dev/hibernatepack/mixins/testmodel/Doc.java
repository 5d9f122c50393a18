// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.testmodel;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreRemove;
import jakarta.persistence.Table;

import dev.hibernatepack.mixins.SoftDeletableEntity;

@Entity
@Table(name = "docs")
public class Doc extends SoftDeletableEntity {

    /** How many times a {@code @PreRemove} callback ran, for the test that checks it runs. */
    public static final AtomicInteger PRE_REMOVE_CALLS = new AtomicInteger();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Folder folder;

    private String title;

    protected Doc() {
    }

    Doc(Folder folder, String title) {
        this.folder = folder;
        this.title = title;
    }

    @PreRemove
    void countRemoval() {
        PRE_REMOVE_CALLS.incrementAndGet();
    }

    public String getTitle() {
        return title;
    }
}
