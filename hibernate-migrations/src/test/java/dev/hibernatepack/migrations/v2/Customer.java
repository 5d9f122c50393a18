// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.migrations.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The second version: customers also have an e-mail address. */
@Entity(name = "CustomerV2")
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq")
    private Long id;

    private String name;

    @Column(length = 200, unique = true)
    private String email;
}
