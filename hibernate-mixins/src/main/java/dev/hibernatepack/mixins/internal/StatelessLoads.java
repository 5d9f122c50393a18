// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.hibernate.engine.spi.SharedSessionContractImplementor;

import dev.hibernatepack.mixins.SoftDeletable;

/**
 * What the soft-delete persisters do around Hibernate's loads in a stateless session: the load
 * runs with the hide filter on (collections it fetches leave deleted rows out), and a {@code get}
 * (and so a Jakarta Data repository's {@code findById}) of a deleted row returns {@code null} while
 * the session hides deleted rows, as {@code find} does in a {@code Session}. A load made while
 * another load is still running (an eager to-one of a row being read) is left alone, so
 * references resolve to deleted rows as they do in a {@code Session}.
 */
final class StatelessLoads {

    private StatelessLoads() {
    }

    /** Runs a load; in a stateless session left as it is, with the hide filter on. */
    static <T> T load(SharedSessionContractImplementor session, Supplier<T> load) {
        return session.isStateless() ? SoftDeleteFilters.hiding(session.getLoadQueryInfluencers(), load) : load.get();
    }

    /** The loaded entity, or {@code null} when it is deleted and a stateless {@code get} must not see it. */
    static Object visible(Object entity, Object optionalObject, SharedSessionContractImplementor session) {
        return optionalObject == null && hidden(entity, session) ? null : entity;
    }

    /** The loaded entities, with {@code null} in the place of those a stateless {@code getMultiple} must not see. */
    static List<?> visible(List<?> entities, SharedSessionContractImplementor session) {
        if (!session.isStateless() || entities.stream().noneMatch(entity -> hidden(entity, session))) {
            return entities;
        }
        List<Object> visible = new ArrayList<>(entities.size());
        entities.forEach(entity -> visible.add(hidden(entity, session) ? null : entity));
        return visible;
    }

    private static boolean hidden(Object entity, SharedSessionContractImplementor session) {
        return entity instanceof SoftDeletable deletable && session.isStateless() && deletable.isDeleted()
                && session.getPersistenceContextInternal().isLoadFinished() // a top-level load, not a reference
                && SoftDeleteFilters.hides(session.getLoadQueryInfluencers());
    }
}
