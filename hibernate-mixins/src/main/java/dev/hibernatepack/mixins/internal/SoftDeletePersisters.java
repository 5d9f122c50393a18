// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.util.List;

import org.hibernate.LockOptions;
import org.hibernate.cache.spi.access.CollectionDataAccess;
import org.hibernate.cache.spi.access.EntityDataAccess;
import org.hibernate.cache.spi.access.NaturalIdDataAccess;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.loader.ast.spi.MultiIdLoadOptions;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.metamodel.spi.RuntimeModelCreationContext;
import org.hibernate.persister.collection.BasicCollectionPersister;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.collection.OneToManyPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.persister.entity.JoinedSubclassEntityPersister;
import org.hibernate.persister.entity.SingleTableEntityPersister;
import org.hibernate.persister.entity.UnionSubclassEntityPersister;
import org.hibernate.persister.spi.PersisterClassResolver;

import dev.hibernatepack.mixins.SoftDeletable;

/**
 * Hibernate's three entity persisters, for {@link SoftDeletable} entities, and its two collection
 * persisters, with one difference: their loads in a stateless session hide deleted rows
 * ({@link StatelessLoads}). Hibernate has no event around a stateless {@code get} or
 * {@code fetch}, so the persister is the one place to see them; the persister class is chosen
 * through Hibernate's {@link PersisterClassResolver} service, which {@link Resolver} wraps:
 * entities that are not soft-deletable, and entities and collections given a persister class of
 * the application's own, keep the class they would have had.
 */
public final class SoftDeletePersisters {

    private SoftDeletePersisters() {
    }

    /** The resolver the mixins module installs in the place of the configured one, which it asks first. */
    public record Resolver(PersisterClassResolver delegate) implements PersisterClassResolver {

        @Override
        public Class<? extends EntityPersister> getEntityPersisterClass(PersistentClass model) {
            Class<? extends EntityPersister> chosen = delegate.getEntityPersisterClass(model);
            Class<?> type = model.getMappedClass();
            if (type == null || !SoftDeletable.class.isAssignableFrom(type)) {
                return chosen;
            }
            if (chosen == SingleTableEntityPersister.class) {
                return SingleTable.class;
            }
            if (chosen == JoinedSubclassEntityPersister.class) {
                return Joined.class;
            }
            return chosen == UnionSubclassEntityPersister.class ? Union.class : chosen;
        }

        @Override
        public Class<? extends CollectionPersister> getCollectionPersisterClass(Collection metadata) {
            Class<? extends CollectionPersister> chosen = delegate.getCollectionPersisterClass(metadata);
            if (chosen == OneToManyPersister.class) {
                return OneToMany.class;
            }
            return chosen == BasicCollectionPersister.class ? ManyToMany.class : chosen;
        }
    }

    /** {@link SingleTableEntityPersister} hiding deleted rows from stateless loads by id. */
    public static final class SingleTable extends SingleTableEntityPersister {

        public SingleTable(PersistentClass model, EntityDataAccess cache, NaturalIdDataAccess naturalIdCache,
                RuntimeModelCreationContext context) {
            super(model, cache, naturalIdCache, context);
        }

        @Override
        public Object load(Object id, Object optional, LockOptions lock, SharedSessionContractImplementor session, Boolean readOnly) {
            return StatelessLoads.visible(StatelessLoads.load(session, () -> super.load(id, optional, lock, session, readOnly)),
                    optional, session);
        }

        @Override
        public Object load(Object id, Object optional, LockOptions lock, SharedSessionContractImplementor session) {
            return load(id, optional, lock, session, null);
        }

        @Override
        public List<?> multiLoad(Object[] ids, SharedSessionContractImplementor session, MultiIdLoadOptions options) {
            return StatelessLoads.visible(StatelessLoads.load(session, () -> super.multiLoad(ids, session, options)), session);
        }
    }

    /** {@link JoinedSubclassEntityPersister} hiding deleted rows from stateless loads by id. */
    public static final class Joined extends JoinedSubclassEntityPersister {

        public Joined(PersistentClass model, EntityDataAccess cache, NaturalIdDataAccess naturalIdCache,
                RuntimeModelCreationContext context) {
            super(model, cache, naturalIdCache, context);
        }

        @Override
        public Object load(Object id, Object optional, LockOptions lock, SharedSessionContractImplementor session, Boolean readOnly) {
            return StatelessLoads.visible(StatelessLoads.load(session, () -> super.load(id, optional, lock, session, readOnly)),
                    optional, session);
        }

        @Override
        public Object load(Object id, Object optional, LockOptions lock, SharedSessionContractImplementor session) {
            return load(id, optional, lock, session, null);
        }

        @Override
        public List<?> multiLoad(Object[] ids, SharedSessionContractImplementor session, MultiIdLoadOptions options) {
            return StatelessLoads.visible(StatelessLoads.load(session, () -> super.multiLoad(ids, session, options)), session);
        }
    }

    /** {@link UnionSubclassEntityPersister} hiding deleted rows from stateless loads by id. */
    public static final class Union extends UnionSubclassEntityPersister {

        public Union(PersistentClass model, EntityDataAccess cache, NaturalIdDataAccess naturalIdCache,
                RuntimeModelCreationContext context) {
            super(model, cache, naturalIdCache, context);
        }

        @Override
        public Object load(Object id, Object optional, LockOptions lock, SharedSessionContractImplementor session, Boolean readOnly) {
            return StatelessLoads.visible(StatelessLoads.load(session, () -> super.load(id, optional, lock, session, readOnly)),
                    optional, session);
        }

        @Override
        public Object load(Object id, Object optional, LockOptions lock, SharedSessionContractImplementor session) {
            return load(id, optional, lock, session, null);
        }

        @Override
        public List<?> multiLoad(Object[] ids, SharedSessionContractImplementor session, MultiIdLoadOptions options) {
            return StatelessLoads.visible(StatelessLoads.load(session, () -> super.multiLoad(ids, session, options)), session);
        }
    }

    /** {@link OneToManyPersister} hiding deleted rows from collections a stateless session fetches. */
    public static final class OneToMany extends OneToManyPersister {

        public OneToMany(Collection model, CollectionDataAccess cache, RuntimeModelCreationContext context) {
            super(model, cache, context);
        }

        @Override
        public void initialize(Object key, SharedSessionContractImplementor session) {
            StatelessLoads.load(session, () -> {
                super.initialize(key, session);
                return null;
            });
        }
    }

    /** {@link BasicCollectionPersister} (join tables, element collections) hiding deleted rows from stateless fetches. */
    public static final class ManyToMany extends BasicCollectionPersister {

        public ManyToMany(Collection model, CollectionDataAccess cache, RuntimeModelCreationContext context) {
            super(model, cache, context);
        }

        @Override
        public void initialize(Object key, SharedSessionContractImplementor session) {
            StatelessLoads.load(session, () -> {
                super.initialize(key, session);
                return null;
            });
        }
    }
}
