// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders {@link QueryStatistics} as JSON (times in microseconds) and as an HTML page (times in milliseconds). */
final class QueryReports {

    private static final int TOP = 20;
    private static final DateTimeFormatter FROM_TO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

    private QueryReports() {
    }

    static String json(QueryStatistics stats) {
        StringBuilder out = new StringBuilder(1024);
        out.append("{\"sessionFactory\":").append(quote(stats.sessionFactory()))
                .append(",\"window\":{\"from\":").append(quote(stats.since().toString()))
                .append(",\"to\":").append(quote(stats.until().toString()))
                .append(",\"durationMicros\":").append(micros(stats.window())).append('}')
                .append(",\"count\":").append(stats.count()).append(",\"countsByKind\":{");
        boolean first = true;
        for (Map.Entry<QueryKind, Long> entry : stats.countsByKind().entrySet()) {
            out.append(first ? "" : ",").append('"').append(entry.getKey()).append("\":").append(entry.getValue());
            first = false;
        }
        out.append("},\"totalMicros\":").append(micros(stats.total()))
                .append(",\"maxMicros\":").append(micros(stats.max()))
                .append(",\"p50Micros\":").append(micros(stats.p50()))
                .append(",\"p90Micros\":").append(micros(stats.p90()))
                .append(",\"p99Micros\":").append(micros(stats.p99()))
                .append(",\"shapes\":[");
        List<ShapeStatistics> shapes = stats.shapes();
        for (int i = 0; i < shapes.size(); i++) {
            ShapeStatistics shape = shapes.get(i);
            out.append(i == 0 ? "" : ",").append("{\"shape\":").append(quote(shape.shape()))
                    .append(",\"kind\":\"").append(shape.kind()).append('"')
                    .append(",\"count\":").append(shape.count())
                    .append(",\"rows\":").append(shape.rows())
                    .append(",\"totalMicros\":").append(micros(shape.total()))
                    .append(",\"meanMicros\":").append(micros(shape.mean()))
                    .append(",\"maxMicros\":").append(micros(shape.max())).append('}');
        }
        out.append("],\"nPlusOne\":[");
        List<NPlusOneFinding> findings = stats.nPlusOneFindings();
        for (int i = 0; i < findings.size(); i++) {
            NPlusOneFinding f = findings.get(i);
            out.append(i == 0 ? "" : ",").append("{\"cause\":").append(quote(f.cause()))
                    .append(",\"association\":").append(quote(f.association()))
                    .append(",\"count\":").append(f.count())
                    .append(",\"callSite\":").append(quote(f.callSite()))
                    .append(",\"fix\":").append(quote(f.fix()))
                    .append(",\"shape\":").append(quote(f.shape())).append('}');
        }
        out.append("],\"slowQueries\":[");
        List<SlowQuery> slow = stats.slowQueries();
        for (int i = 0; i < slow.size(); i++) {
            SlowQuery q = slow.get(i);
            out.append(i == 0 ? "" : ",").append("{\"shape\":").append(quote(q.shape()))
                    .append(",\"micros\":").append(micros(q.duration()))
                    .append(",\"batchSize\":").append(q.batchSize())
                    .append(",\"callSite\":").append(quote(q.callSite()))
                    .append(",\"at\":").append(quote(q.at().toString()))
                    .append(",\"cause\":").append(q.cause() == null ? "null" : quote(q.cause())).append('}');
        }
        return out.append("]}").toString();
    }

    static String html(QueryStatistics stats) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Query report: ")
                .append(escape(stats.sessionFactory())).append("</title>\n<style>")
                .append("body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:80em;color:#222;padding:0 1em}")
                .append("h1{font-size:1.5em;margin-bottom:.2em}h1 code{font-size:.9em;background:#f4f4f4;padding:0 .25em}h2{font-size:1.15em;margin-top:2em}p.window{margin-top:0;color:#555}")
                .append("table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35em .6em;border-bottom:1px solid #ddd;vertical-align:top}")
                .append("th{background:#f4f4f4;white-space:nowrap}th.n,td.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}")
                .append("code{font:12px/1.4 ui-monospace,monospace;overflow-wrap:anywhere}")
                .append(".warn{background:#fff4e5}.none{color:#777}small{color:#555}")
                .append("</style></head><body>\n<h1>Query report of session factory <code>").append(escape(stats.sessionFactory())).append("</code></h1>\n")
                .append("<p class=\"window\">From ").append(timestamp(stats.since())).append(" to ").append(timestamp(stats.until()))
                .append(" (").append(span(stats.window())).append("). Times in milliseconds.</p>\n");
        out.append("<table><tr><th class=\"n\">statements</th><th class=\"n\">select</th><th class=\"n\">insert</th>")
                .append("<th class=\"n\">update</th><th class=\"n\">delete</th><th class=\"n\">other</th>")
                .append("<th class=\"n\">total (ms)</th><th class=\"n\">max (ms)</th><th class=\"n\">p50 (ms)</th>")
                .append("<th class=\"n\">p90 (ms)</th><th class=\"n\">p99 (ms)</th></tr><tr>")
                .append(cell(stats.count()));
        for (QueryKind kind : QueryKind.values()) {
            out.append(cell(stats.count(kind)));
        }
        out.append(cell(stats.total())).append(cell(stats.max())).append(cell(stats.p50())).append(cell(stats.p90()))
                .append(cell(stats.p99())).append("</tr></table>\n");

        out.append("<h2>N+1 findings</h2>\n");
        if (stats.nPlusOneFindings().isEmpty()) {
            out.append("<p class=\"none\">None.</p>\n");
        } else {
            out.append("<table><tr><th>association</th><th class=\"n\">selects</th><th>call site</th><th>try</th><th>statement</th></tr>\n");
            for (NPlusOneFinding f : stats.nPlusOneFindings()) {
                out.append("<tr class=\"warn\"><td>").append(escape(f.association())).append(" <small>(")
                        .append(escape(f.cause().toLowerCase(Locale.ROOT))).append(")</small></td>").append(cell(f.count()))
                        .append("<td>").append(code(f.callSite())).append("</td><td>").append(escape(f.fix())).append("</td><td>")
                        .append(code(f.shape())).append("</td></tr>\n");
            }
            out.append("</table>\n");
        }

        List<ShapeStatistics> top = stats.topShapes(TOP);
        out.append("<h2>Top statements by total time");
        if (top.size() < stats.shapes().size()) {
            out.append(" <small>(").append(top.size()).append(" of ").append(stats.shapes().size()).append(" shapes)</small>");
        }
        out.append("</h2>\n");
        if (top.isEmpty()) {
            out.append("<p class=\"none\">None.</p>\n");
        } else {
            out.append("<table><tr><th>statement</th><th>kind</th><th class=\"n\">count</th><th class=\"n\">mean batch</th>")
                    .append("<th class=\"n\">total (ms)</th><th class=\"n\">mean (ms)</th><th class=\"n\">max (ms)</th></tr>\n");
            for (ShapeStatistics shape : top) {
                out.append("<tr><td>").append(code(shape.shape())).append("</td><td>")
                        .append(shape.kind().name().toLowerCase(Locale.ROOT)).append("</td>").append(cell(shape.count()))
                        .append("<td class=\"n\">").append(String.format(Locale.ROOT, "%.1f", shape.meanBatchSize())).append("</td>")
                        .append(cell(shape.total())).append(cell(shape.mean())).append(cell(shape.max()))
                        .append("</tr>\n");
            }
            out.append("</table>\n");
        }
        out.append("<h2>Slow queries</h2>\n");
        if (stats.slowQueries().isEmpty()) {
            out.append("<p class=\"none\">None.</p>\n");
        } else {
            out.append("<table><tr><th>when (UTC)</th><th class=\"n\">duration (ms)</th><th class=\"n\">batch</th><th>call site</th>")
                    .append("<th>statement</th></tr>\n");
            for (SlowQuery q : stats.slowQueries()) {
                out.append("<tr><td class=\"n\">").append(WHEN.format(q.at())).append("</td>").append(cell(q.duration()))
                        .append(cell(q.batchSize())).append("<td>").append(code(q.callSite()))
                        .append(q.cause() == null ? "" : "<br><small>loading " + escape(q.cause()) + "</small>")
                        .append("</td><td>").append(code(q.shape())).append("</td></tr>\n");
            }
            out.append("</table>\n");
        }
        return out.append("</body></html>\n").toString();
    }

    private static String cell(long value) {
        return "<td class=\"n\">" + value + "</td>";
    }

    /** A time in the report's one unit, milliseconds, to the microsecond ({@code 1,234.567}). */
    private static String cell(Duration duration) {
        return "<td class=\"n\">" + String.format(Locale.ROOT, "%,.3f", micros(duration) / 1000.0) + "</td>";
    }

    /** Code that may wrap after a dot or comma rather than anywhere. */
    private static String code(String text) {
        return "<code>" + escape(text).replace(".", ".<wbr>").replace(",", ",<wbr>") + "</code>";
    }

    private static String timestamp(Instant instant) {
        return FROM_TO.format(instant) + " UTC";
    }

    /** How long a window is, for people: {@code 850 ms}, {@code 2.4 s}, {@code 3 min 12 s}, {@code 2 h 5 min}. */
    static String span(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = duration.toSeconds();
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        long minutes = duration.toMinutes();
        return minutes < 24 * 60 ? minutes / 60 + " h " + minutes % 60 + " min" : minutes / (24 * 60) + " d " + minutes / 60 % 24 + " h";
    }

    private static long micros(Duration duration) {
        return duration.toNanos() / 1_000;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
