// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.util.Objects;

import org.hibernate.engine.spi.PersistentAttributeInterceptable;
import org.hibernate.engine.spi.PersistentAttributeInterceptor;
import org.hibernate.engine.spi.SelfDirtinessTracker;

/**
 * Reads and writes attributes declared in the pack's {@code @MappedSuperclass}es the way
 * Hibernate's bytecode enhancer would have compiled them. The superclasses ship in our jar, not
 * enhanced, while the user's entities may be: without this, a setter inherited from the jar would
 * bypass dirty tracking (the change would never be flushed) and a getter would read an
 * uninitialized enhanced proxy's empty field instead of loading it.
 */
public final class EnhancedAccess {

    private EnhancedAccess() {
    }

    /** The value of attribute {@code name} whose field holds {@code value}, loading it first if lazy. */
    public static <T> T read(Object entity, String name, T value) {
        PersistentAttributeInterceptor interceptor = interceptor(entity);
        if (interceptor == null) {
            return value;
        }
        @SuppressWarnings("unchecked")
        T read = (T) interceptor.readObject(entity, name, value);
        return read;
    }

    /** As {@link #read(Object, String, Object)} for a {@code boolean} attribute. */
    public static boolean readBoolean(Object entity, String name, boolean value) {
        PersistentAttributeInterceptor interceptor = interceptor(entity);
        return interceptor == null ? value : interceptor.readBoolean(entity, name, value);
    }

    /**
     * Returns what the field of attribute {@code name} must hold after writing {@code newValue}
     * over {@code oldValue}, and records the change with the entity's dirty tracker if it has one.
     */
    public static <T> T write(Object entity, String name, T oldValue, T newValue) {
        if (entity instanceof SelfDirtinessTracker tracker && !Objects.deepEquals(oldValue, newValue)) {
            tracker.$$_hibernate_trackChange(name);
        }
        PersistentAttributeInterceptor interceptor = interceptor(entity);
        if (interceptor == null) {
            return newValue;
        }
        @SuppressWarnings("unchecked")
        T written = (T) interceptor.writeObject(entity, name, oldValue, newValue);
        return written;
    }

    /** As {@link #write(Object, String, Object, Object)} for a {@code boolean} attribute. */
    public static boolean writeBoolean(Object entity, String name, boolean oldValue, boolean newValue) {
        if (entity instanceof SelfDirtinessTracker tracker && oldValue != newValue) {
            tracker.$$_hibernate_trackChange(name);
        }
        PersistentAttributeInterceptor interceptor = interceptor(entity);
        return interceptor == null ? newValue : interceptor.writeBoolean(entity, name, oldValue, newValue);
    }

    private static PersistentAttributeInterceptor interceptor(Object entity) {
        return entity instanceof PersistentAttributeInterceptable interceptable
                ? interceptable.$$_hibernate_getInterceptor()
                : null;
    }
}
