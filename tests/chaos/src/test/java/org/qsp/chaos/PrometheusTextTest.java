package org.qsp.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    private static final String SCRAPE = """
            # HELP qsp_events_skipped_total
            # TYPE qsp_events_skipped_total counter
            qsp_events_skipped_total{application="qsp-credit",reason="unknown-type",topic="inspection.samples",type="unknown"} 3.0
            qsp_events_skipped_total{application="qsp-credit",reason="not-handled",topic="inspection.samples",type="org.qsp.inspection.sample.passed.v1"} 40.0
            qsp_events_skipped_total{application="qsp-credit",reason="unknown-type",topic="rectification.tasks",type="unknown"} 5.0
            qsp_events_handled_total{application="qsp-credit",topic="inspection.samples",type="org.qsp.inspection.sample.failed.v1"} 900.0
            """;

    @Test
    void counts_only_unknown_types_skipped_on_the_topic() {
        assertThat(PrometheusText.skippedUnknownTypes(SCRAPE, "inspection.samples")).isEqualTo(3.0);
        assertThat(PrometheusText.skippedUnknownTypes(SCRAPE, "rectification.tasks")).isEqualTo(5.0);
    }

    @Test
    void a_service_that_skipped_nothing_has_no_series_and_counts_zero() {
        assertThat(PrometheusText.skippedUnknownTypes("# nothing here\n", "inspection.samples")).isZero();
    }
}
