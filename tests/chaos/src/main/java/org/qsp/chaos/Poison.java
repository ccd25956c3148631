package org.qsp.chaos;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.EventType;
import org.qsp.contracts.ProductRef;
import org.qsp.contracts.Topics;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.harness.SampleForms;
import org.qsp.platform.events.CloudEventHeaders;
import org.qsp.platform.events.EventCodec;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records on {@code inspection.samples} that no consumer can use, one per kind, as a broken or foreign producer
 * would send them. What the platform's {@code TopicDispatcher} and {@code EventCodec} do with each decides its
 * {@link Fate}: a record that is not a CloudEvent, or a known type whose envelope or payload is broken, is
 * dead-lettered at once by every group that consumes the topic; a type this build does not know (a newer producer)
 * is skipped and counted in {@code qsp.events.skipped}, by design, not dead-lettered.
 */
enum Poison {

    /** A sample.failed envelope around text that is not JSON. */
    MALFORMED_JSON(Fate.DEAD_LETTER),
    /** A valid sample.failed payload without any CloudEvents header. */
    NO_CLOUDEVENTS_HEADERS(Fate.DEAD_LETTER),
    /** A valid sample.failed payload whose envelope lacks {@code ce_id}. */
    MISSING_EVENT_ID(Fate.DEAD_LETTER),
    /** A sample.failed envelope around JSON that breaks the type's schema (required fields missing, a bad verdict). */
    SCHEMA_INVALID(Fate.DEAD_LETTER),
    /** A well-formed CloudEvent of a type no QSP build knows. */
    UNKNOWN_TYPE(Fate.SKIPPED);

    enum Fate {
        DEAD_LETTER, SKIPPED
    }

    static final String TOPIC = Topics.INSPECTION_SAMPLES_NAME;
    static final String UNKNOWN_TYPE_NAME = "org.qsp.inspection.sample.teleported.v1";
    private static final EventType<SampleFailed> FAILED = EventCatalog.SAMPLE_FAILED;
    private static final EventCodec CODEC = new EventCodec(JsonMapper.builder().build());

    private final Fate fate;

    Poison(Fate fate) {
        this.fate = fate;
    }

    Fate fate() {
        return fate;
    }

    /** A record of this kind with this key; a payload that names a sample names the key. */
    ProducerRecord<String, String> record(String key) {
        RecordHeaders headers = new RecordHeaders();
        String value = switch (this) {
            case MALFORMED_JSON -> {
                envelope(headers, key, FAILED.type(), true);
                yield "{\"sampleId\": \"" + key + "\", \"enterprise\": {\"uscc\": ";
            }
            case NO_CLOUDEVENTS_HEADERS -> {
                header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.APPLICATION_JSON);
                yield validPayload(key);
            }
            case MISSING_EVENT_ID -> {
                envelope(headers, key, FAILED.type(), false);
                yield validPayload(key);
            }
            case SCHEMA_INVALID -> {
                envelope(headers, key, FAILED.type(), true);
                yield "{\"sampleId\": \"" + key + "\", \"overallVerdict\": \"MAYBE\", \"failedItems\": \"none\"}";
            }
            case UNKNOWN_TYPE -> {
                envelope(headers, key, UNKNOWN_TYPE_NAME, true);
                yield "{\"sampleId\": \"" + key + "\", \"teleportedTo\": \"Mars\"}";
            }
        };
        return new ProducerRecord<>(TOPIC, null, key, value, headers);
    }

    /** A payload its schema accepts, so that only the envelope is at fault. */
    static String validPayload(String key) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SampleFailed payload = new SampleFailed(key,
                new EnterpriseRef(SampleForms.newUscc(), "示例食品有限公司", SampleForms.COUNTY),
                new ProductRef("速冻水饺", "好味", "500g/袋", "20261101"), now.minus(1, ChronoUnit.DAYS), now,
                List.of(new SampleFailed.FailedItem("菌落总数", "≤100000", "350000", "CFU/g", false)), false);
        return CODEC.encode(FAILED, payload);
    }

    /** The binary-mode CloudEvents headers a QSP producer sets; {@code withId} false leaves {@code ce_id} out. */
    private static void envelope(RecordHeaders headers, String key, String type, boolean withId) {
        if (withId) {
            header(headers, CloudEventHeaders.ID, UUID.randomUUID().toString());
        }
        header(headers, CloudEventHeaders.SOURCE, FAILED.source());
        header(headers, CloudEventHeaders.SPECVERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.TYPE, type);
        header(headers, CloudEventHeaders.TIME, Instant.now().toString());
        header(headers, CloudEventHeaders.SUBJECT, key);
        header(headers, CloudEventHeaders.DATASCHEMA, "urn:qsp:schema:" + type);
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.APPLICATION_JSON);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
