// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.migrations.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The first version of the model: customers with a name. */
@Entity(name = "CustomerV1")
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq")
    private Long id;

    private String name;
}
