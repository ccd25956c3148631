package org.qsp.system;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.qsp.platform.events.CloudEventHeaders;
import org.qsp.platform.test.TopicRecorder;

/**
 * Counting events, not records: delivery is at least once, so a relay that crashed between the
 * broker's acknowledgement and clearing its outbox publishes the same event (same {@code ce_id}) again.
 */
final class Events {

    private Events() {
    }

    /** One record per event id, the first one recorded, in recording order. */
    static List<ConsumerRecord<String, String>> distinct(Collection<ConsumerRecord<String, String>> records) {
        Map<String, ConsumerRecord<String, String>> byId = new LinkedHashMap<>();
        records.forEach(r -> byId.putIfAbsent(id(r), r));
        return List.copyOf(byId.values());
    }

    static String id(ConsumerRecord<String, String> record) {
        return TopicRecorder.header(record, CloudEventHeaders.ID);
    }
}
