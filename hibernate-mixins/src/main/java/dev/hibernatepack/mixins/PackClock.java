// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import java.time.Clock;

import org.hibernate.SessionFactory;
import dev.hibernatepack.mixins.internal.MixinsRuntime;
import dev.hibernatepack.mixins.spi.HibernateObjects;

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
     * {@link Clock#systemUTC()}. The same instance every time, and the same one the mixins read:
     * a clock named by its class is made once per factory.
     *
     * @throws InvalidSettingException when the setting names no usable clock
     */
    public static Clock of(SessionFactory factory) {
        return MixinsRuntime.of(HibernateObjects.sessionFactory(factory)).clock();
    }
}
