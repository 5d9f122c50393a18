// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.hibernatepack.mixins.BaseEntity;
import dev.hibernatepack.mixins.Sensitive;

/** Field access (the id is a field of BaseEntity), with the sensitive value marked on its getter. */
@Entity
@Table(name = "mixins_badge")
public class Badge extends BaseEntity {

    private String holder;
    private String code;

    protected Badge() {
    }

    public Badge(String holder, String code) {
        this.holder = holder;
        this.code = code;
    }

    public String getHolder() {
        return holder;
    }

    @Sensitive
    public String getCode() {
        return code;
    }
}
