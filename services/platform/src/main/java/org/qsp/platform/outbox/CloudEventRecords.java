package org.qsp.platform.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.qsp.platform.events.CloudEventHeaders;

/** An outbox entry as a Kafka record in CloudEvents binary mode. */
public final class CloudEventRecords {

    private CloudEventRecords() {
    }

    public static ProducerRecord<String, String> toRecord(OutboxEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
        Headers headers = record.headers();
        headers.add(CloudEventHeaders.ID, event.eventId().getBytes(UTF_8));
        headers.add(CloudEventHeaders.SOURCE, event.source().getBytes(UTF_8));
        headers.add(CloudEventHeaders.SPECVERSION, CloudEventHeaders.SPEC_VERSION_1_0.getBytes(UTF_8));
        headers.add(CloudEventHeaders.TYPE, event.type().getBytes(UTF_8));
        headers.add(CloudEventHeaders.TIME, event.time().toString().getBytes(UTF_8));
        headers.add(CloudEventHeaders.SUBJECT, event.subject().getBytes(UTF_8));
        headers.add(CloudEventHeaders.DATASCHEMA, event.dataschema().getBytes(UTF_8));
        headers.add(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.APPLICATION_JSON.getBytes(UTF_8));
        return record;
    }
}
