// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.migrations.naming;

/** A value type Hibernate maps only through {@link StarsConverter}, which applies itself. */
public record Stars(int count) {
}
