// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import org.hibernate.event.spi.InitializeCollectionEvent;
import org.hibernate.event.spi.InitializeCollectionEventListener;
import org.hibernate.event.spi.LoadEvent;
import org.hibernate.event.spi.LoadEventListener;

import dev.hibernatepack.monitoring.NPlusOneException;
import dev.hibernatepack.monitoring.NPlusOneFinding;

/**
 * Tell the monitor why a select runs: placed first and last around Hibernate's own listeners for
 * collection initialization and entity loading, they push the cause before the load and pop it
 * after; in {@code throw} mode the pop is where an N+1 found during the load is thrown.
 */
final class LoadCauseListeners {

    private LoadCauseListeners() {
    }

    static final class CollectionStart implements InitializeCollectionEventListener {
        @Override
        public void onInitializeCollection(InitializeCollectionEvent event) {
            push(LoadCause.collection(event.getCollection().getRole()));
        }
    }

    static final class CollectionEnd implements InitializeCollectionEventListener {
        @Override
        public void onInitializeCollection(InitializeCollectionEvent event) {
            pop();
        }
    }

    static final class EntityStart implements LoadEventListener {
        @Override
        public void onLoad(LoadEvent event, LoadType loadType) {
            String entity = event.getEntityClassName();
            if (loadType == GET) {
                push(LoadCause.find(entity));
            } else if (loadType == IMMEDIATE_LOAD || loadType == INTERNAL_LOAD_EAGER || loadType == INTERNAL_LOAD_LAZY
                    || loadType == INTERNAL_LOAD_NULLABLE) {
                push(LoadCause.toOne(entity));
            } else {
                push(LoadCause.NONE);
            }
        }
    }

    static final class EntityEnd implements LoadEventListener {
        @Override
        public void onLoad(LoadEvent event, LoadType loadType) {
            pop();
        }
    }

    private static void push(Object cause) {
        var causes = ThreadState.causes(ThreadState.get());
        if (causes.size() > 64) {
            causes.clear(); // a load that failed never popped; do not grow without bound
        }
        causes.push(cause);
    }

    private static void pop() {
        Object[] state = ThreadState.get();
        var causes = ThreadState.causes(state);
        causes.poll();
        if (causes.isEmpty() && state[ThreadState.FAILURE] instanceof NPlusOneFinding finding) {
            state[ThreadState.FAILURE] = null;
            throw new NPlusOneException(finding);
        }
    }
}
