// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.testmodel;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import dev.hibernatepack.mixins.BaseEntity;

/** Not soft-deletable, with soft-deletable children: removing it deletes them for good. */
@Entity
@Table(name = "folders")
public class Folder extends BaseEntity {

    private String name;

    @OneToMany(mappedBy = "folder", cascade = CascadeType.ALL)
    private List<Doc> docs = new ArrayList<>();

    protected Folder() {
    }

    public Folder(String name) {
        this.name = name;
    }

    public Doc addDoc(String title) {
        Doc doc = new Doc(this, title);
        docs.add(doc);
        return doc;
    }

    public List<Doc> getDocs() {
        return docs;
    }
}
