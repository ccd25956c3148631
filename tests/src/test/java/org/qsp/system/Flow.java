package org.qsp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.qsp.platform.test.TestUsccs;
import tools.jackson.databind.JsonNode;

/** The calls of the failed-sample flow, as the inspector's phone, the lab and a regulator make them. */
final class Flow {

    static final String REGION = "330100";
    /** One sampling time for every form of a run: the same form sent twice must be byte-for-byte the same. */
    private static final String SAMPLED_AT = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
            .toString();
    private final Stack stack;

    Flow(Stack stack) {
        this.stack = stack;
    }

    static String newUscc() {
        return TestUsccs.valid(REGION);
    }

    static Map<String, Object> form(String uscc) {
        return Map.of(
                "enterprise", Map.of("uscc", uscc, "name", "杭州示例食品有限公司", "region", "330106", "role", "PRODUCER"),
                "product", Map.of("name", "速冻水饺", "brand", "好味", "model", "500g/袋", "batch", "20261101"),
                "sampledAt", SAMPLED_AT,
                "inspectorIds", List.of("inspector1", "inspector2"));
    }

    static Map<String, Object> result(String verdict) {
        return Map.of(
                "items", List.of(Map.of("item", "菌落总数", "limit", "≤100000", "measured",
                        "FAIL".equals(verdict) ? "350000" : "2000", "unit", "CFU/g", "verdict", verdict,
                        "safetyRelated", false)),
                "overallVerdict", verdict);
    }

    Api.Response putForm(String sampleId, String uscc) {
        return Api.put(stack.inspection.uri("/api/inspection/v1/samples/" + sampleId), stack.token("inspector1"),
                Api.json(form(uscc)));
    }

    Api.Response putResult(String sampleId, String verdict) {
        return Api.put(stack.inspection.uri("/api/inspection/v1/samples/" + sampleId + "/result"),
                stack.token("lab1"), Api.json(result(verdict)));
    }

    void sample(String sampleId, String uscc, String verdict) {
        assertThat(putForm(sampleId, uscc).status()).as("form of %s", sampleId).isIn(200, 201);
        assertThat(putResult(sampleId, verdict).status()).as("result of %s", sampleId).isIn(200, 201);
    }

    /** How many rectification tasks a regulator of the region sees for the enterprise. */
    long tasks(String uscc) {
        Api.Response response = Api.get(stack.rectification.uri("/api/rectification/v1/tasks?uscc=" + uscc
                + "&size=1"), stack.token("regulator1"));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().path("total").asLong();
    }

    /** The enterprise's credit records as a regulator of the region sees them (none: 404). */
    List<JsonNode> creditRecords(String uscc) {
        Api.Response response = Api.get(stack.credit.uri("/api/credit/v1/enterprises/" + uscc),
                stack.token("regulator1"));
        if (response.status() == 404) {
            return List.of();
        }
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().path("records").valueStream().toList();
    }

    /** Waits until both consumer groups have committed past the record: they have processed it. */
    void awaitConsumed(ConsumerRecord<?, ?> record) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try (Admin admin = Admin.create(config)) {
            for (String group : List.of("rectification", "credit")) {
                await(group + " consumed " + partition + "@" + record.offset()).atMost(Duration.ofSeconds(60))
                        .until(() -> {
                            OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group)
                                    .partitionsToOffsetAndMetadata().get().get(partition);
                            return committed != null && committed.offset() > record.offset();
                        });
            }
        }
    }
}
