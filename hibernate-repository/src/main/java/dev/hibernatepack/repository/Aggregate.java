// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import java.util.Objects;

/**
 * One aggregate column of {@link BaseRepository#aggregate}: a count of rows, or the sum, average,
 * minimum or maximum of an attribute (named as a string, checked against the metamodel).
 *
 * <pre>{@code
 * record Totals(String owner, long accounts, long balance) {}
 * List<Totals> totals = accounts.aggregate(Totals.class, "owner", Aggregate.count(), Aggregate.sum("balance"));
 * }</pre>
 *
 * @param function what to compute
 * @param attribute the attribute it reads; {@code null} for {@link Function#COUNT} of rows
 */
public record Aggregate(Function function, String attribute) {

    /** The aggregate functions: their result types are JPA's (count: Long, avg: Double, sum of integers: Long). */
    public enum Function { COUNT, SUM, AVG, MIN, MAX }

    public Aggregate {
        Objects.requireNonNull(function, "function must not be null");
        if (attribute == null && function != Function.COUNT) {
            throw new IllegalArgumentException(function + " needs an attribute");
        }
    }

    /** The number of rows in the group. */
    public static Aggregate count() {
        return new Aggregate(Function.COUNT, null);
    }

    /** The sum of {@code attribute} over the group. */
    public static Aggregate sum(String attribute) {
        return new Aggregate(Function.SUM, Objects.requireNonNull(attribute, "attribute must not be null"));
    }

    /** The average of {@code attribute} over the group, as a {@code Double}. */
    public static Aggregate avg(String attribute) {
        return new Aggregate(Function.AVG, Objects.requireNonNull(attribute, "attribute must not be null"));
    }

    /** The least value of {@code attribute} in the group (numbers, text, dates). */
    public static Aggregate min(String attribute) {
        return new Aggregate(Function.MIN, Objects.requireNonNull(attribute, "attribute must not be null"));
    }

    /** The greatest value of {@code attribute} in the group. */
    public static Aggregate max(String attribute) {
        return new Aggregate(Function.MAX, Objects.requireNonNull(attribute, "attribute must not be null"));
    }
}
