package org.qsp.monitor.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

class PrometheusTextTest {

    private static final String METRIC = "qsp_outbox_pending";

    static Stream<Arguments> readable() {
        return Stream.of(
                Arguments.of("what Micrometer writes: HELP, TYPE, other metrics, a trailing comma",
                        """
                        # HELP jvm_threads_live_threads The current number of live threads
                        # TYPE jvm_threads_live_threads gauge
                        jvm_threads_live_threads 42.0
                        # HELP qsp_outbox_pending \s
                        # TYPE qsp_outbox_pending gauge
                        qsp_outbox_pending{application="inspection",collection="samples",} 3.0
                        qsp_outbox_pending{application="inspection",collection="notices",} 0.0
                        qsp_outbox_pending_total{collection="ignored"} 9
                        """, Map.of("samples", 3L, "notices", 0L)),
                Arguments.of("labels in any order, spaces around them, a timestamp",
                        "qsp_outbox_pending{ collection = \"tasks\" , service=\"r\"} 12 1733230000000\n",
                        Map.of("tasks", 12L)),
                Arguments.of("escaped label values",
                        "qsp_outbox_pending{collection=\"a\\\"b\\\\c\\nd\"} 1\n", Map.of("a\"b\\c\nd", 1L)),
                Arguments.of("a '}' and ',' inside a quoted value of another label",
                        "qsp_outbox_pending{note=\"x},y\",collection=\"cases\"} 2e0\n", Map.of("cases", 2L)),
                Arguments.of("CRLF line ends and blank lines", "\r\nqsp_outbox_pending{collection=\"c\"} 5\r\n\r\n",
                        Map.of("c", 5L)),
                Arguments.of("no outbox at all", "jvm_threads_live_threads 42.0\n", Map.of()),
                Arguments.of("a metric whose name starts like it", "qsp_outbox_pending_age_seconds{collection=\"x\"} 1.5\n",
                        Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readable")
    void reads_the_pending_events_per_collection(String what, String text, Map<String, Long> expected) {
        assertThat(PrometheusText.gauge(text, METRIC, "collection")).isEqualTo(expected);
    }

    static Stream<Arguments> unreadable() {
        return Stream.of(
                Arguments.of("no collection label", "qsp_outbox_pending{application=\"x\"} 1\n", "without the label"),
                Arguments.of("a collection twice", "qsp_outbox_pending{collection=\"a\"} 1\nqsp_outbox_pending{collection=\"a\"} 2\n",
                        "twice"),
                Arguments.of("a label twice", "qsp_outbox_pending{collection=\"a\",collection=\"b\"} 1\n", "twice"),
                Arguments.of("an unclosed value", "qsp_outbox_pending{collection=\"a} 1\n", "not closed"),
                Arguments.of("an unknown escape", "qsp_outbox_pending{collection=\"a\\t\"} 1\n", "escape"),
                Arguments.of("an unquoted value", "qsp_outbox_pending{collection=a} 1\n", "quoted"),
                Arguments.of("labels not separated", "qsp_outbox_pending{collection=\"a\" x=\"b\"} 1\n", "separated"),
                Arguments.of("no value", "qsp_outbox_pending{collection=\"a\"}\n", "no value"),
                Arguments.of("not a number", "qsp_outbox_pending{collection=\"a\"} many\n", "not a number"),
                Arguments.of("NaN", "qsp_outbox_pending{collection=\"a\"} NaN\n", "not a count"),
                Arguments.of("negative", "qsp_outbox_pending{collection=\"a\"} -1\n", "not a count"),
                Arguments.of("a fraction", "qsp_outbox_pending{collection=\"a\"} 1.5\n", "not a count"),
                Arguments.of("a bad timestamp", "qsp_outbox_pending{collection=\"a\"} 1 soon\n", "not a number"),
                Arguments.of("more after the timestamp", "qsp_outbox_pending{collection=\"a\"} 1 2 3\n", "more than"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void refuses_a_sample_it_cannot_read_rather_than_reporting_less(String what, String text, String why) {
        assertThatThrownBy(() -> PrometheusText.gauge(text, METRIC, "collection"))
                .isInstanceOf(PrometheusText.Malformed.class).hasMessageContaining(why);
    }
}
