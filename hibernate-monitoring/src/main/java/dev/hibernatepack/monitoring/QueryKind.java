// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

/** What a statement does, from its first keyword ({@code with} queries count as selects). */
public enum QueryKind {
    SELECT, INSERT, UPDATE, DELETE, OTHER
}
