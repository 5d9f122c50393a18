// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.monitoring.MonitoringSettings;
import dev.hibernatepack.monitoring.QueryKind;
import dev.hibernatepack.monitoring.QueryStatistics;
import dev.hibernatepack.monitoring.ShapeStatistics;
import dev.hibernatepack.testing.LogCapture;

/** The factory statistics fed directly, with durations chosen by the test. */
class MonitorCoreTest {

    private static MonitorCore core(Map<String, String> settings) {
        return new MonitorCore(MonitoringConfig.from(settings));
    }

    @Test
    void aSlowBatchIsReportedWithItsSize() {
        MonitorCore core = core(Map.of(MonitoringSettings.SLOW_QUERY_THRESHOLD_MS, "1"));
        List<String> logged;
        try (LogCapture log = LogCapture.of("dev.hibernatepack.monitoring.SlowQuery")) {
            core.record("insert into post (id,title) values (?,?)", 5_000_000, 50, new MonitoringSessionListener(core), ThreadState.get());
            core.record("select p.id from post p where p.id=?", 2_000_000, 1, new MonitoringSessionListener(core), ThreadState.get());
            logged = log.messages();
        }

        assertThat(core.snapshot().slowQueries()).satisfiesExactly(
                batch -> {
                    assertThat(batch.batchSize()).isEqualTo(50);
                    assertThat(batch.duration()).isEqualTo(Duration.ofMillis(5));
                },
                single -> assertThat(single.batchSize()).isEqualTo(1));
        assertThat(logged).hasSize(2);
        assertThat(logged.get(0)).startsWith("Slow query: 5 ms (batch of 50) at ").endsWith(": insert into post (id,title) values (?,?)");
        assertThat(logged.get(1)).startsWith("Slow query: 2 ms at ");
    }

    @Test
    void countsByKindStayExactBeyondTheShapeLimit() {
        MonitorCore core = core(Map.of(MonitoringSettings.MAX_SHAPES, "1"));
        MonitoringSessionListener unit = new MonitoringSessionListener(core);
        core.record("select a from t where id=1", 1_000, 1, unit, ThreadState.get());
        core.record("select b from t where id=1", 2_000, 1, unit, ThreadState.get());
        core.record("insert into t (a) values (?)", 3_000, 10, unit, ThreadState.get());
        core.record("delete from t where id=?", 4_000, 1, unit, ThreadState.get());

        QueryStatistics stats = core.snapshot();
        assertThat(stats.count(QueryKind.SELECT)).isEqualTo(2);
        assertThat(stats.count(QueryKind.INSERT)).isEqualTo(1);
        assertThat(stats.count(QueryKind.DELETE)).isEqualTo(1);
        assertThat(stats.count()).isEqualTo(4);
        assertThat(stats.total()).isEqualTo(Duration.ofNanos(10_000));
        assertThat(stats.max()).isEqualTo(Duration.ofNanos(4_000));
        assertThat(stats.shapes()).extracting(ShapeStatistics::shape).containsExactly(
                "(other delete shapes)", "(other insert shapes)", "(other select shapes)", "select a from t where id=?");
        assertThat(stats.shapes()).filteredOn(shape -> shape.kind() == QueryKind.INSERT).singleElement()
                .satisfies(shape -> assertThat(shape.rows()).isEqualTo(10));
        assertThat(core.count(QueryKind.SELECT)).isEqualTo(2);
        assertThat(core.totalCount()).isEqualTo(4);
        assertThat(core.maxNanos()).isEqualTo(4_000);

        core.reset();
        assertThat(core.snapshot().count()).isZero();
        assertThat(core.snapshot().shapes()).isEmpty();
    }
}
