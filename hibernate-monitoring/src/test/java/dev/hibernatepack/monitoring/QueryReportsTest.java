// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class QueryReportsTest {

    private static final Instant SINCE = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant UNTIL = Instant.parse("2026-03-01T10:02:03.500Z");

    /** Times from microseconds to seconds in every column, where a unit chosen per cell would differ. */
    private static QueryStatistics statistics() {
        Map<QueryKind, Long> byKind = new EnumMap<>(QueryKind.class);
        for (QueryKind kind : QueryKind.values()) {
            byKind.put(kind, 0L);
        }
        byKind.put(QueryKind.SELECT, 12L);
        byKind.put(QueryKind.INSERT, 3L);
        List<ShapeStatistics> shapes = List.of(
                new ShapeStatistics("select pg_sleep(?)", QueryKind.SELECT, 2, 2, Duration.ofMillis(12_000), Duration.ofMillis(11_000)),
                new ShapeStatistics("insert into t (a,b) values (?,?)", QueryKind.INSERT, 3, 30, Duration.ofMillis(25), Duration.ofMillis(20)),
                new ShapeStatistics("select t.a from t where t.id=?", QueryKind.SELECT, 10, 10, Duration.ofNanos(450_000), Duration.ofNanos(3_500)));
        List<SlowQuery> slow = List.of(
                new SlowQuery("select pg_sleep(?)", Duration.ofMillis(11_000), 1, "com.example.Report.render(Report.java:42)",
                        Instant.parse("2026-03-01T09:30:00.250Z"), null),
                new SlowQuery("insert into t (a,b) values (?,?)", Duration.ofNanos(1_500_000), 30, "com.example.Import.run(Import.java:7)",
                        Instant.parse("2026-03-01T09:31:00Z"), null));
        return new QueryStatistics(byKind, Duration.ofNanos(12_025_450_000L), Duration.ofMillis(11_000), Duration.ofNanos(3_000),
                Duration.ofMillis(20), Duration.ofMillis(11_000), shapes, List.of(), slow, "orders <main>", SINCE, UNTIL);
    }

    @Test
    void everyTimeColumnOfThePageHasOneUnitStatedInItsHeader() {
        String html = statistics().toHtml();

        List<Table> tables = Table.all(html);
        assertThat(tables).hasSize(3); // totals, top statements, slow queries (no N+1 findings)
        for (Table table : tables) {
            for (int column = 0; column < table.headers.size(); column++) {
                String header = table.headers.get(column);
                List<String> cells = table.column(column);
                if (header.endsWith("(ms)")) {
                    assertThat(cells).as(header).allMatch(cell -> cell.matches("\\d{1,3}(,\\d{3})*\\.\\d{3}"));
                } else {
                    assertThat(cells).as(header).noneMatch(cell -> cell.matches(".*\\d\\s*(ms|µs|s|ns)"));
                }
            }
        }
        Table totals = tables.get(0);
        assertThat(totals.headers).contains("total (ms)", "max (ms)", "p50 (ms)", "p90 (ms)", "p99 (ms)");
        assertThat(totals.column(totals.headers.indexOf("total (ms)"))).containsExactly("12,025.450");
        assertThat(totals.column(totals.headers.indexOf("p50 (ms)"))).containsExactly("0.003");

        Table top = tables.get(1);
        assertThat(top.headers).containsExactly("statement", "kind", "count", "mean batch", "total (ms)", "mean (ms)", "max (ms)");
        assertThat(top.column(4)).containsExactly("12,000.000", "25.000", "0.450");
        assertThat(top.column(6)).containsExactly("11,000.000", "20.000", "0.003");
        assertThat(top.column(4).stream().map(cell -> new BigDecimal(cell.replace(",", ""))))
                .as("sorted by total time, so the numbers compare as shown").isSortedAccordingTo((a, b) -> b.compareTo(a));

        Table slow = tables.get(2);
        assertThat(slow.headers).startsWith("when (UTC)", "duration (ms)");
        assertThat(slow.column(1)).containsExactly("11,000.000", "1.500");
        assertThat(slow.column(0)).containsExactly("2026-03-01 09:30:00.250", "2026-03-01 09:31:00.000");
    }

    @Test
    void thePageNamesTheSessionFactoryAndTheWindowItCovers() {
        String html = statistics().toHtml();

        assertThat(html).contains("<title>Query report: orders &lt;main&gt;</title>")
                .contains("<h1>Query report of session factory <code>orders &lt;main&gt;</code></h1>")
                .contains("From 2026-03-01 09:00:00 UTC to 2026-03-01 10:02:03 UTC (1 h 2 min). Times in milliseconds.");
    }

    @Test
    void theJsonNamesTheSessionFactoryAndTheWindowWithTimesInMicroseconds() {
        String json = statistics().toJson();

        assertThat(json).startsWith("{\"sessionFactory\":\"orders <main>\",\"window\":{\"from\":\"2026-03-01T09:00:00Z\","
                + "\"to\":\"2026-03-01T10:02:03.500Z\",\"durationMicros\":3723500000},\"count\":15,")
                .contains("\"totalMicros\":12025450,").contains("\"p50Micros\":3,")
                .contains("{\"shape\":\"select t.a from t where t.id=?\",\"kind\":\"SELECT\",\"count\":10,\"rows\":10,"
                        + "\"totalMicros\":450,\"meanMicros\":45,\"maxMicros\":3}");
    }

    @Test
    void aWindowReadsInTheLargestUnitsThatFit() {
        assertThat(QueryReports.span(Duration.ofMillis(850))).isEqualTo("850 ms");
        assertThat(QueryReports.span(Duration.ofMillis(2_440))).isEqualTo("2.4 s");
        assertThat(QueryReports.span(Duration.ofSeconds(192))).isEqualTo("3 min 12 s");
        assertThat(QueryReports.span(Duration.ofMinutes(125))).isEqualTo("2 h 5 min");
        assertThat(QueryReports.span(Duration.ofHours(50))).isEqualTo("2 d 2 h");
    }

    /** A table of the page: header texts and the texts of each row's cells, tags removed. */
    private record Table(List<String> headers, List<List<String>> rows) {

        private static final Pattern TABLE = Pattern.compile("<table>(.*?)</table>", Pattern.DOTALL);
        private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
        private static final Pattern CELL = Pattern.compile("<(th|td)[^>]*>(.*?)</\\1>", Pattern.DOTALL);

        static List<Table> all(String html) {
            List<Table> tables = new ArrayList<>();
            Matcher table = TABLE.matcher(html);
            while (table.find()) {
                List<String> headers = new ArrayList<>();
                List<List<String>> rows = new ArrayList<>();
                Matcher row = ROW.matcher(table.group(1));
                while (row.find()) {
                    Map<String, List<String>> cells = new LinkedHashMap<>(Map.of("th", new ArrayList<>(), "td", new ArrayList<>()));
                    Matcher cell = CELL.matcher(row.group(1));
                    while (cell.find()) {
                        cells.get(cell.group(1)).add(cell.group(2).replaceAll("<[^>]+>", "").trim());
                    }
                    headers.addAll(cells.get("th"));
                    if (!cells.get("td").isEmpty()) {
                        rows.add(cells.get("td"));
                    }
                }
                tables.add(new Table(headers, rows));
            }
            return tables;
        }

        List<String> column(int index) {
            return rows.stream().map(row -> row.get(index)).toList();
        }
    }
}
