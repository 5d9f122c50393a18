// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.testmodel;

import jakarta.persistence.Entity;

/** A page with a table of its own besides {@link Page}'s. */
@Entity
public class LandingPage extends Page {

    private String campaign;

    protected LandingPage() {
    }

    public LandingPage(String title, String campaign) {
        super(title);
        this.campaign = campaign;
    }
}
