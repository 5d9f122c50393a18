// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.internal;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.List;

import org.hibernate.id.IdentifierGeneratorHelper;
import org.hibernate.id.IntegralDataTypeHolder;
import org.hibernate.id.enhanced.AccessCallback;
import org.hibernate.id.enhanced.PooledOptimizer;

/**
 * Hibernate's pooled optimizer, able to take the sequence values of many id blocks that a bulk
 * insert fetched in one round trip: {@link #prefetch} hands this thread values to use instead of
 * calling the sequence, block by block, with Hibernate's own arithmetic. Without prefetched values
 * it is exactly {@link PooledOptimizer}. Installed by {@code Database} through Hibernate's
 * {@code hibernate.id.optimizer.pooled.preferred} setting, unless the application sets it.
 */
public final class PrefetchingPooledOptimizer extends PooledOptimizer {

    private final ThreadLocal<ArrayDeque<Long>> prefetched = new ThreadLocal<>();

    public PrefetchingPooledOptimizer(Class<?> returnClass, int incrementSize) {
        super(returnClass, incrementSize);
    }

    /** Values of the sequence this thread's next blocks are to come from, in order. */
    public void prefetch(List<Long> sequenceValues) {
        prefetched.set(new ArrayDeque<>(sequenceValues));
    }

    /** Forgets what is left of this thread's prefetched values (unused blocks leave gaps, as a rollback does). */
    public void clearPrefetched() {
        prefetched.remove();
    }

    @Override
    public Serializable generate(AccessCallback callback) {
        ArrayDeque<Long> values = prefetched.get();
        if (values == null || values.isEmpty()) {
            return super.generate(callback);
        }
        return super.generate(new AccessCallback() {
            @Override
            public IntegralDataTypeHolder getNextValue() {
                Long value = values.poll();
                return value == null ? callback.getNextValue()
                        : IdentifierGeneratorHelper.getIntegralDataTypeHolder(getReturnClass()).initialize(value);
            }

            @Override
            public String getTenantIdentifier() {
                return callback.getTenantIdentifier();
            }
        });
    }
}
