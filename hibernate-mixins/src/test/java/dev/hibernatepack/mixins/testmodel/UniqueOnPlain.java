// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import dev.hibernatepack.mixins.UniqueWhileActive;

/** @UniqueWhileActive without soft delete: must fail the boot. */
@Entity
@UniqueWhileActive("code")
public class UniqueOnPlain {

    @Id
    private Long id;

    private String code;
}
