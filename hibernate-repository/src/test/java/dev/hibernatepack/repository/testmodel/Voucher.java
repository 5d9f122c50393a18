// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.hibernatepack.mixins.Sensitive;

/** Field access, with the sensitive value marked on its getter. */
@Entity
@Table(name = "repo_voucher")
public class Voucher {

    @Id
    @GeneratedValue
    private Long id;

    private String label;

    private String code;

    protected Voucher() {
    }

    public Voucher(String label, String code) {
        this.label = label;
        this.code = code;
    }

    public Long getId() {
        return id;
    }

    @Sensitive
    public String getCode() {
        return code;
    }
}
