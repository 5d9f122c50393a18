// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

import dev.hibernatepack.monitoring.QueryKind;

/**
 * Publishes one factory's statistics as Micrometer meters that read the monitor when scraped
 * (nothing is added to the statement path). Loaded only when Micrometer is on the classpath.
 */
final class MicrometerMeters {

    private final MeterRegistry registry;
    private final List<Meter> meters = new ArrayList<>();

    private MicrometerMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Registers the meters of {@code core}, tagged {@code session_factory=name}. */
    static MicrometerMeters bind(MonitorCore core, String name, Object configuredRegistry) {
        MeterRegistry registry = configuredRegistry instanceof MeterRegistry given ? given : Metrics.globalRegistry;
        MicrometerMeters bound = new MicrometerMeters(registry);
        for (QueryKind kind : QueryKind.values()) {
            bound.meters.add(FunctionCounter.builder("hibernatepack.queries", core, c -> c.count(kind))
                    .description("Statements executed (a JDBC batch counts once)")
                    .tags("session_factory", name, "kind", kind.name().toLowerCase(java.util.Locale.ROOT))
                    .register(registry));
        }
        bound.meters.add(FunctionTimer.builder("hibernatepack.queries.time", core, MonitorCore::totalCount,
                        MonitorCore::totalNanos, TimeUnit.NANOSECONDS)
                .description("Time spent executing statements")
                .tags("session_factory", name)
                .register(registry));
        bound.meters.add(Gauge.builder("hibernatepack.queries.max", core, c -> c.maxNanos() / 1e9)
                .description("The slowest statement, in seconds")
                .tags("session_factory", name)
                .baseUnit("seconds")
                .register(registry));
        bound.meters.add(FunctionCounter.builder("hibernatepack.n_plus_one.findings", core, MonitorCore::findingCount)
                .description("N+1 patterns found")
                .tags("session_factory", name)
                .register(registry));
        return bound;
    }

    /** Removes the meters, when the factory closes. */
    void unbind() {
        meters.forEach(registry::remove);
    }
}
