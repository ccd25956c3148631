package org.qsp.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.EventSchemas;
import org.qsp.platform.events.CloudEventHeaders;
import org.qsp.platform.events.EventCodec;
import org.qsp.platform.events.InvalidEvent;
import tools.jackson.databind.json.JsonMapper;

/** Each kind of poison meets the platform's own decoding as a consumer would, and ends as its fate says. */
class PoisonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final EventCodec codec = new EventCodec(JSON);

    @ParameterizedTest
    @EnumSource(value = Poison.class, mode = EnumSource.Mode.MATCH_ALL, names = "^(?!UNKNOWN_TYPE).*")
    void dead_letter_kinds_are_refused_by_the_platform_codec_as_invalid_events(Poison kind) {
        ConsumerRecord<String, String> record = consumed(kind.record("chaos-poison-1"));

        assertThat(kind.fate()).isEqualTo(Poison.Fate.DEAD_LETTER);
        // as the TopicDispatcher does: the envelope's type first, then the handled type's decoding
        assertThatThrownBy(() -> codec.decode(record, EventCatalog.byType(codec.typeOf(record)).orElseThrow()))
                .isInstanceOf(InvalidEvent.class);
    }

    @Test
    void an_unknown_type_is_a_valid_cloud_event_of_a_type_no_build_knows_so_it_is_skipped() {
        ConsumerRecord<String, String> record = consumed(Poison.UNKNOWN_TYPE.record("chaos-poison-2"));

        assertThat(Poison.UNKNOWN_TYPE.fate()).isEqualTo(Poison.Fate.SKIPPED);
        assertThat(codec.typeOf(record)).isEqualTo(Poison.UNKNOWN_TYPE_NAME);
        assertThat(EventCatalog.byType(codec.typeOf(record))).isEmpty();
    }

    @Test
    void the_missing_event_id_is_the_only_fault_of_its_kind_so_adding_one_makes_it_a_valid_event() {
        ProducerRecord<String, String> poison = Poison.MISSING_EVENT_ID.record("chaos-poison-3");
        poison.headers().add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));

        var event = codec.decode(consumed(poison), EventCatalog.SAMPLE_FAILED);

        assertThat(event.payload().sampleId()).isEqualTo("chaos-poison-3");
    }

    @Test
    void the_payload_of_the_header_kinds_satisfies_the_schema_and_the_schema_invalid_one_does_not() {
        assertThat(EventSchemas.violations(EventCatalog.SAMPLE_FAILED,
                JSON.readTree(Poison.NO_CLOUDEVENTS_HEADERS.record("k").value()))).isEmpty();
        assertThat(EventSchemas.violations(EventCatalog.SAMPLE_FAILED,
                JSON.readTree(Poison.SCHEMA_INVALID.record("k").value()))).isNotEmpty();
        assertThat(Poison.NO_CLOUDEVENTS_HEADERS.record("k").headers().lastHeader(CloudEventHeaders.SPECVERSION))
                .isNull();
    }

    @ParameterizedTest
    @EnumSource(Poison.class)
    void every_kind_goes_to_the_sample_topic_with_its_key(Poison kind) {
        ProducerRecord<String, String> record = kind.record("chaos-poison-4");

        assertThat(record.topic()).isEqualTo("inspection.samples");
        assertThat(record.key()).isEqualTo("chaos-poison-4");
    }

    private static ConsumerRecord<String, String> consumed(ProducerRecord<String, String> sent) {
        RecordHeaders headers = new RecordHeaders(sent.headers().toArray());
        return new ConsumerRecord<>(sent.topic(), 0, 7L, 0L, TimestampType.CREATE_TIME, -1, -1, sent.key(),
                sent.value(), headers, Optional.empty());
    }
}
