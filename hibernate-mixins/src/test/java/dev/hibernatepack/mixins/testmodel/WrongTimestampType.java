// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import dev.hibernatepack.mixins.CreatedAt;

/** @CreatedAt on a String: boot must fail. */
@Entity
public class WrongTimestampType {

    @Id
    private Long id;

    @CreatedAt
    private String createdAt;
}
