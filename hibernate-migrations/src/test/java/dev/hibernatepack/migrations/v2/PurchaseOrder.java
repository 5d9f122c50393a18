// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.migrations.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** New in the second version: orders of a customer, with an index on the total. */
@Entity
@Table(name = "purchase_order", indexes = @Index(name = "ix_purchase_order_total", columnList = "total"))
public class PurchaseOrder {

    @Id
    @GeneratedValue
    @SequenceGenerator(name = "purchase_order_seq", sequenceName = "purchase_order_seq")
    private Long id;

    @ManyToOne(optional = false)
    private Customer customer;

    private int total;
}
