// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.internal;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.hibernate.query.range.Range;
import org.hibernate.query.restriction.Restriction;

import dev.hibernatepack.repository.InvalidAttributeException;

/**
 * A {@link Restriction} on an attribute named by a string (possibly dotted, possibly user
 * input), checked against the metamodel and the range's value type when the query is built.
 */
public record NamedRestriction<T>(String attribute, Range<?> range, boolean inverted) implements Restriction<T> {

    @Override
    public Restriction<T> negated() {
        return new NamedRestriction<>(attribute, range, !inverted);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Predicate toPredicate(Root<? extends T> root, CriteriaBuilder builder) {
        Path<?> path = Attributes.path(root, attribute, Attributes.Use.FILTER);
        Class<?> expected = box(path.getJavaType());
        Class<?> given = range.getType();
        if (given != null && expected != null && !box(given).isAssignableFrom(expected) && !expected.isAssignableFrom(box(given))) {
            throw new InvalidAttributeException("Cannot filter by [" + attribute + "] with a " + given.getSimpleName()
                    + ": it holds " + expected.getSimpleName() + " values", attribute, java.util.List.of(attribute));
        }
        Predicate predicate = ((Range) range).toPredicate(path, builder);
        return inverted ? builder.not(predicate) : predicate;
    }

    private static Class<?> box(Class<?> type) {
        if (type == null || !type.isPrimitive()) {
            return type;
        }
        return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
    }
}
