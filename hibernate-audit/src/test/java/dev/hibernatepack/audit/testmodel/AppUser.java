// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The application's own user entity, which the who-columns refer to. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue
    private Long id;

    private String name;

    protected AppUser() {
    }

    public AppUser(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
