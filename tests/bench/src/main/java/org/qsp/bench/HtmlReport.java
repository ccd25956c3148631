package org.qsp.bench;

import static org.qsp.bench.Svg.escape;
import static org.qsp.bench.Svg.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The one-page HTML report of a run: the headline numbers against the targets, then a section per workload
 * (throughput and latency by level, with the table), the propagation lags, CPU per sample and memory per process,
 * and the JVM flags. Self-contained: inline CSS and SVG, no script, no external asset.
 */
final class HtmlReport {

    private static final String STYLE = """
            body{font-family:sans-serif;margin:24px;color:#222;max-width:1100px}
            h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ddd}
            table{border-collapse:collapse;font-size:12px;margin:8px 0}
            td,th{border:1px solid #ddd;padding:3px 7px;text-align:right}th{background:#f4f4f4}
            td:first-child,th:first-child{text-align:left}.fail{color:#b00}.ok{color:#070}
            .warn{background:#fff4e0;border:1px solid #f0b040;padding:8px 12px}.charts{display:flex;flex-wrap:wrap;gap:12px}
            code{font-size:11px;word-break:break-all}
            """;

    private HtmlReport() {
    }

    static String render(Summary s) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
                + "<title>QSP bench 质量监管平台 基准测试</title><style>").append(STYLE).append("</style></head><body>");
        html.append("<h1>QSP bench · 基准测试</h1><p>Run ").append(s.startedAt()).append(" → ").append(s.finishedAt())
                .append(", BENCH_SECONDS=").append(s.benchSeconds()).append(", levels of ").append(s.levelSeconds())
                .append(" s. Raw figures: <a href='summary.json'>summary.json</a>.</p>");
        if (!s.warnings().isEmpty()) {
            html.append("<div class='warn'><b>Warnings</b><ul>");
            s.warnings().forEach(w -> html.append("<li>").append(escape(w)).append("</li>"));
            html.append("</ul></div>");
        }
        headline(html, s);
        html.append("<h2>Saturation</h2><p>").append(escape(s.saturationDefinition())).append("</p>");
        workload(html, s.pipeline(), "samples/s");
        s.baselines().values().forEach(step -> workload(html, step, "requests/s"));
        propagation(html, s.propagation());
        processes(html, s);
        return html.append("</body></html>").toString();
    }

    private static void headline(StringBuilder html, Summary s) {
        html.append("<h2>Headline</h2><table><tr><th>figure</th><th>value</th><th>target (issue 6)</th></tr>");
        row(html, "pipeline at saturation (samples/s)", format(s.samplesPerSecond()), "");
        row(html, "authenticated PUT baseline at saturation (requests/s)", format(s.baselineRequestsPerSecond()), "");
        row(html, "ratio: pipeline requests/s (2 per sample) ÷ PUT baseline", percent(s.ratio()),
                target(s.ratio() >= 0.25, "≥ 25 %"));
        row(html, "pipeline HTTP p50 / p99 at saturation", s.pipelineHttpP50Ms() + " / " + s.pipelineHttpP99Ms() + " ms",
                "");
        row(html, "result → notice p50 / p99 at " + format(s.propagationSamplesPerSecond()) + " samples/s",
                s.noticeP50Ms() + " / " + s.noticeP99Ms() + " ms", target(s.noticeP99Ms() <= 250, "p99 ≤ 250 ms"));
        row(html, "result → credit record p50 / p99", s.creditP50Ms() + " / " + s.creditP99Ms() + " ms",
                target(s.creditP99Ms() <= 250, "p99 ≤ 250 ms"));
        row(html, "largest RSS after the bench", format(s.maxRssMb()) + " MB", target(s.maxRssMb() <= 300, "≤ 300 MB"));
        row(html, "GET baseline through the gateway / direct (requests/s)",
                format(s.getGatewayRequestsPerSecond()) + " / " + format(s.getDirectRequestsPerSecond()), "");
        html.append("</table>");
    }

    private static void workload(StringBuilder html, StepResult step, String unit) {
        html.append("<h2>").append(escape(step.workload())).append(": ").append(escape(step.description()))
                .append("</h2><p>Saturation: <b>").append(format(step.operationsPerSecond())).append(' ').append(unit)
                .append("</b> (offered ").append(format(step.saturationOffered())).append(", ")
                .append(format(step.requestsPerSecond())).append(" requests/s)")
                .append(step.reached() ? "" : " — <b>not reached</b>: the highest level tried passed, so capacity is"
                        + " at least this")
                .append(". Closed-model probe: ").append(format(step.probeOperationsPerSecond())).append("/s.");
        step.gatlingReports().forEach(report -> html.append(" <a href='").append(escape(report))
                .append("'>Gatling report</a>"));
        html.append("</p><div class='charts'>");
        List<LevelResult> levels = step.levels();
        double top = levels.stream().mapToDouble(LevelResult::offered).max().orElse(1);
        html.append(Svg.lines("achieved vs offered (" + unit + ")", "offered", "achieved", List.of(
                new Svg.Series("offered", "#bbb", List.of(new Svg.Point(0, 0), new Svg.Point(top, top)), true),
                new Svg.Series("achieved", "#4e79a7", points(levels, LevelResult::achieved), false)), null));
        List<Svg.Series> latency = new ArrayList<>(List.of(
                new Svg.Series("HTTP p50", "#59a14f", points(levels, l -> l.http().p50()), false),
                new Svg.Series("HTTP p99", "#f28e2b", points(levels, l -> l.http().p99()), false)));
        if (levels.stream().anyMatch(l -> l.notice() != null)) {
            latency.add(new Svg.Series("notice p99", "#b07aa1", points(levels, l -> l.notice().p99()), false));
            latency.add(new Svg.Series("credit p99", "#76b7b2", points(levels, l -> l.credit().p99()), false));
        }
        html.append(Svg.lines("latency by level (ms)", "offered (" + unit + ")", "ms", latency, null)).append("</div>");
        html.append("<table><tr><th>level</th><th>offered</th><th>achieved</th><th>operations</th><th>requests</th>"
                + "<th>errors</th><th>HTTP p50</th><th>HTTP p99</th><th>notice p99</th><th>credit p99</th>"
                + "<th>verdict</th></tr>");
        for (LevelResult l : levels) {
            html.append("<tr><td>").append(l.level()).append("</td><td>").append(format(l.offered())).append("</td><td>")
                    .append(format(Summary.round(l.achieved(), 1))).append("</td><td>").append(l.operations())
                    .append("</td><td>").append(l.requests()).append("</td><td>").append(percent(l.errorRatio()))
                    .append("</td><td>").append(l.http().p50()).append("</td><td>").append(l.http().p99())
                    .append("</td><td>").append(l.notice() == null ? "" : l.notice().p99()).append("</td><td>")
                    .append(l.credit() == null ? "" : l.credit().p99()).append("</td><td class='")
                    .append(l.passed() ? "ok" : "fail").append("'>").append(escape(l.verdict())).append("</td></tr>");
        }
        html.append("</table>");
    }

    private static void propagation(StringBuilder html, Propagation p) {
        html.append("<h2>Propagation at ").append(format(p.offered())).append(" samples/s (half the saturation) for ")
                .append(format(p.seconds())).append(" s</h2><p>").append(p.acknowledged())
                .append(" samples acknowledged, ").append(p.complete())
                .append(" with their task and credit record; timestamps are the services' own: inspection's "
                        + "<code>conclusion.recordedAt</code>, rectification's <code>notices[].issuedAt</code>, "
                        + "credit's <code>recordedAt</code>.");
        if (p.gatlingReport() != null) {
            html.append(" <a href='").append(escape(p.gatlingReport())).append("'>Gatling report</a>");
        }
        html.append("</p><div class='charts'>");
        html.append(Svg.lines("share of samples propagated within (ms)", "ms after the result was recorded", "%",
                List.of(new Svg.Series("notice issued", "#b07aa1", cdf(p.noticeLagsMs()), false),
                        new Svg.Series("credit record", "#76b7b2", cdf(p.creditLagsMs()), false)),
                new Svg.Mark("99 %", 99)));
        html.append("</div><table><tr><th>lag</th><th>samples</th><th>p50</th><th>p90</th><th>p99</th><th>max</th></tr>");
        lagRow(html, "result → notice", p.notice());
        lagRow(html, "result → credit record", p.credit());
        html.append("</table>");
    }

    private static void processes(StringBuilder html, Summary s) {
        html.append("<h2>CPU and memory per process</h2><p>CPU: user + system seconds from /proc over the stepped "
                + "pipeline phase, divided by its acknowledged samples. The bench's own JVM (Gatling) took ")
                .append(format(s.loadGeneratorCpuSecondsPerSample() * 1000)).append(" ms per sample on the same "
                        + "cores.</p><div class='charts'>");
        html.append(Svg.bars("CPU per sample (ms)", "ms", s.processes().stream()
                .map(p -> new Svg.Bar(p.process(), Summary.round(p.cpuSecondsPerSample() * 1000, 2))).toList(), null));
        html.append(Svg.bars("RSS after the bench (MB)", "MB", s.processes().stream()
                .map(p -> new Svg.Bar(p.process(), Summary.round(p.rssMb(), 0))).toList(),
                new Svg.Mark("300 MB", 300)));
        html.append("</div><table><tr><th>process</th><th>pid</th><th>CPU s (pipeline phase)</th><th>CPU ms/sample</th>"
                + "<th>RSS MB</th><th>C1 only</th><th>JVM flags: command line / in effect (jcmd VM.flags)</th></tr>");
        for (ProcessFigures p : s.processes()) {
            html.append("<tr><td>").append(escape(p.process())).append("</td><td>").append(p.pid()).append("</td><td>")
                    .append(format(p.pipelineCpuSeconds())).append("</td><td>")
                    .append(format(Summary.round(p.cpuSecondsPerSample() * 1000, 2))).append("</td><td>")
                    .append(format(Summary.round(p.rssMb(), 0))).append("</td><td class='")
                    .append(p.c1Only() ? "fail'>yes" : "ok'>no").append("</td><td><code>")
                    .append(escape(String.join(" ", p.commandLineFlags()))).append("</code><br><code>")
                    .append(escape(p.flagsInEffect())).append("</code></td></tr>");
        }
        html.append("</table>");
    }

    private static List<Svg.Point> points(List<LevelResult> levels, ToDoubleFunction<LevelResult> y) {
        return levels.stream().map(l -> new Svg.Point(l.offered(), y.applyAsDouble(l))).toList();
    }

    /** The empirical distribution of sorted lags, as (lag, percent at or below) at up to 100 points. */
    static List<Svg.Point> cdf(List<Long> sortedLags) {
        List<Svg.Point> points = new ArrayList<>();
        int n = sortedLags.size();
        for (int i = 1; i <= Math.min(n, 100); i++) {
            int rank = (int) Math.ceil(i * n / (double) Math.min(n, 100));
            points.add(new Svg.Point(sortedLags.get(rank - 1), 100.0 * rank / n));
        }
        return points;
    }

    private static void lagRow(StringBuilder html, String name, LatencyStats stats) {
        html.append("<tr><td>").append(name).append("</td><td>").append(stats.count()).append("</td><td>")
                .append(stats.p50()).append("</td><td>").append(stats.p90()).append("</td><td>").append(stats.p99())
                .append("</td><td>").append(stats.max()).append("</td></tr>");
    }

    private static void row(StringBuilder html, String name, String value, String target) {
        html.append("<tr><td>").append(escape(name)).append("</td><td>").append(escape(value)).append("</td><td>")
                .append(target).append("</td></tr>");
    }

    private static String target(boolean met, String target) {
        return "<span class='" + (met ? "ok'>met" : "fail'>missed") + "</span> (" + escape(target) + ")";
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * ratio);
    }
}
