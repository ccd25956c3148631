package org.qsp.chaos;

/** Reads counters out of the Prometheus text format that {@code /actuator/prometheus} answers. */
final class PrometheusText {

    static final String SKIPPED = "qsp_events_skipped_total";

    private PrometheusText() {
    }

    /** The sum of {@code qsp_events_skipped_total} for unknown types on the topic (0 when the service skipped none). */
    static double skippedUnknownTypes(String text, String topic) {
        return text.lines()
                .filter(line -> line.startsWith(SKIPPED + "{"))
                .filter(line -> line.contains("reason=\"unknown-type\"") && line.contains("topic=\"" + topic + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
