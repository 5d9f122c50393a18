// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.slug;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A blog: the scope within which the README's post slugs are unique. */
@Entity
public class Blog {
    @Id @GeneratedValue Long id;
    String name;
}
