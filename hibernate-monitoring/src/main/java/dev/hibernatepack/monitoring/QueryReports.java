// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Renders {@link QueryStatistics} as JSON and as an HTML page. */
final class QueryReports {

    private static final int TOP = 20;

    private QueryReports() {
    }

    static String json(QueryStatistics stats) {
        StringBuilder out = new StringBuilder(1024);
        out.append("{\"count\":").append(stats.count()).append(",\"countsByKind\":{");
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
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Hibernate Pack query report</title>\n<style>")
                .append("body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:72em;color:#222;padding:0 1em}")
                .append("h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em}")
                .append("table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35em .6em;border-bottom:1px solid #ddd;vertical-align:top}")
                .append("th{background:#f4f4f4}td.n{text-align:right;white-space:nowrap}code{font:12px/1.4 ui-monospace,monospace;word-break:break-all}")
                .append(".warn{background:#fff4e5}.none{color:#777}")
                .append("</style></head><body>\n<h1>Query report</h1>\n");
        out.append("<table><tr><th>statements</th><th>select</th><th>insert</th><th>update</th><th>delete</th><th>other</th>")
                .append("<th>total</th><th>max</th><th>p50</th><th>p90</th><th>p99</th></tr><tr>")
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
            out.append("<table><tr><th>association</th><th>selects</th><th>call site</th><th>try</th><th>statement</th></tr>\n");
            for (NPlusOneFinding f : stats.nPlusOneFindings()) {
                out.append("<tr class=\"warn\"><td>").append(escape(f.association())).append(" <small>(").append(escape(f.cause()))
                        .append(")</small></td>").append(cell(f.count())).append("<td><code>").append(escape(f.callSite()))
                        .append("</code></td><td>").append(escape(f.fix())).append("</td><td><code>").append(escape(f.shape()))
                        .append("</code></td></tr>\n");
            }
            out.append("</table>\n");
        }

        out.append("<h2>Top statements by total time</h2>\n<table><tr><th>statement</th><th>kind</th><th>count</th>")
                .append("<th>mean batch</th><th>total</th><th>mean</th><th>max</th></tr>\n");
        for (ShapeStatistics shape : stats.topShapes(TOP)) {
            out.append("<tr><td><code>").append(escape(shape.shape())).append("</code></td><td>").append(shape.kind()).append("</td>")
                    .append(cell(shape.count()))
                    .append("<td class=\"n\">").append(String.format(java.util.Locale.ROOT, "%.1f", shape.meanBatchSize())).append("</td>")
                    .append(cell(shape.total())).append(cell(shape.mean())).append(cell(shape.max()))
                    .append("</tr>\n");
        }
        out.append("</table>\n<h2>Slow queries</h2>\n");
        if (stats.slowQueries().isEmpty()) {
            out.append("<p class=\"none\">None.</p>\n");
        } else {
            out.append("<table><tr><th>when</th><th>duration</th><th>batch</th><th>call site</th><th>statement</th></tr>\n");
            for (SlowQuery q : stats.slowQueries()) {
                out.append("<tr><td>").append(q.at()).append("</td>").append(cell(q.duration())).append(cell(q.batchSize())).append("<td><code>")
                        .append(escape(q.callSite())).append("</code>")
                        .append(q.cause() == null ? "" : "<br><small>loading " + escape(q.cause()) + "</small>")
                        .append("</td><td><code>").append(escape(q.shape())).append("</code></td></tr>\n");
            }
            out.append("</table>\n");
        }
        return out.append("</body></html>\n").toString();
    }

    private static String cell(long value) {
        return "<td class=\"n\">" + value + "</td>";
    }

    private static String cell(Duration duration) {
        long micros = micros(duration);
        String text = micros >= 10_000 ? String.format(java.util.Locale.ROOT, "%.1f ms", micros / 1000.0) : micros + " µs";
        return "<td class=\"n\">" + text + "</td>";
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
