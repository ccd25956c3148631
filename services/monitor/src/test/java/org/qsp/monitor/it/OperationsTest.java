package org.qsp.monitor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.Topics;
import org.qsp.monitor.alert.Alert;
import org.qsp.monitor.operations.OperationsState;
import org.qsp.monitor.operations.OperationsService;
import org.qsp.platform.test.TestEvents;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * A record the monitor cannot decode goes to the dead-letter topic; the next broker check counts it, raises one
 * dead-letter alert for the national level (not for a city) and shows the monitor's own lag to the operator.
 */
class OperationsTest extends MonitorIntegrationTest {

    @Autowired
    OperationsService operations;

    @Test
    void a_dead_letter_is_counted_and_raises_one_alert_for_the_national_level_only() throws Exception {
        String sampleId = UUID.randomUUID().toString();
        ProducerRecord<String, String> valid = TestEvents.record(EventCatalog.SAMPLE_FAILED, sampleId,
                failed(sampleId, TestUsccs.valid(COUNTY), Instant.parse("2026-11-25T02:00:00Z")));
        kit.awaitConsumed(kit.send(new ProducerRecord<>(valid.topic(), null, valid.key(), "{not json",
                valid.headers())));

        String deadLetters = Topics.INSPECTION_SAMPLES.deadLetterTopic();
        await("the dead letter counted", () -> operations.check().deadLetters().stream()
                .anyMatch(d -> d.topic().equals(deadLetters) && d.count() > 0));
        operations.check();
        OperationsState state = operations.current();
        assertThat(state.consumerLag()).anySatisfy(l -> assertThat(l.group()).isEqualTo(kit.group()));

        String today = LocalDate.now(kit.clock().withZone(ZoneId.of("Asia/Shanghai"))).toString();
        String alertId = Alert.idOf("dead-letters", deadLetters + ":" + today);
        JsonNode national = getJson("/api/monitor/v1/alerts?state=OPEN", Tokens.regulator("regulator-cn", "100000"));
        assertThat(national.path("alerts").valueStream().filter(a -> a.path("alertId").asString().equals(alertId)))
                .singleElement().satisfies(a -> assertThat(a.path("region").asString()).isEqualTo("100000"));
        assertThat(getJson("/api/monitor/v1/alerts", regulator()).path("alerts").valueStream()
                .map(a -> a.path("alertId").asString())).doesNotContain(alertId);

        JsonNode view = getJson("/api/monitor/v1/operations", Tokens.admin());
        assertThat(view.path("deadLetters").valueStream().filter(d -> d.path("topic").asString().equals(deadLetters)))
                .singleElement().satisfies(d -> assertThat(d.path("count").asLong()).isPositive());
        assertThat(view.path("lagBound").asLong()).isEqualTo(1000);
        // every configured service has a line; one that could not be read has no figures, never a zero
        assertThat(view.path("outbox").valueStream().map(o -> o.path("service").asString()))
                .containsExactly("complaint", "credit", "inspection", "monitor", "recall", "rectification");
        assertThat(view.path("outbox").valueStream().filter(o -> !o.path("reachable").asBoolean()))
                .allSatisfy(o -> {
                    assertThat(o.path("total").isNull() || o.path("total").isMissingNode()).isTrue();
                    assertThat(o.path("error").asString()).isNotBlank();
                });
        send(get("/api/monitor/v1/alert-rules"), regulator(), 200);
    }
}
