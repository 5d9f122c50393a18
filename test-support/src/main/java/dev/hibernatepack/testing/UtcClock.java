// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.testing;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A test clock in UTC whose zone never changes: subclasses say only what {@link #instant()} reads. */
public abstract class UtcClock extends Clock {

    @Override
    public final ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public final Clock withZone(ZoneId zone) {
        return this;
    }
}
