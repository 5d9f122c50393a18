// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import java.time.Clock;
import java.util.Objects;

import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;

import dev.hibernatepack.mixins.internal.MixinsConfig;

/**
 * The clock the mixins of one factory read "now" from ({@link MixinsSettings#CLOCK}), for code
 * that writes timestamps itself, such as a bulk {@code update} that sets {@code updated_at}, so
 * that its times agree with the ones the mixins write.
 *
 * <pre>{@code
 * Instant now = PackClock.of(sessionFactory).instant();
 * }</pre>
 */
public final class PackClock {

    private PackClock() {
    }

    /**
     * The factory's clock: the one configured in {@link MixinsSettings#CLOCK}, or
     * {@link Clock#systemUTC()}.
     *
     * @throws InvalidSettingException when the setting names no usable clock
     */
    public static Clock of(SessionFactory factory) {
        Objects.requireNonNull(factory, "factory must not be null");
        return MixinsConfig.from(factory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()).clock();
    }
}
