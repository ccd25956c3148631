package org.qsp.credit.enterprise.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.qsp.contracts.Topics;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.credit.enterprise.CreditRecording;
import org.qsp.platform.events.EventCodec;

/** Failed samples become credit records; passed samples say nothing about credit. */
@Component
class SampleEventsListener {

    private final EventCodec codec;
    private final CreditRecording recording;

    SampleEventsListener(EventCodec codec, CreditRecording recording) {
        this.codec = codec;
        this.recording = recording;
    }

    @KafkaListener(topics = Topics.INSPECTION_SAMPLES_NAME)
    void on(ConsumerRecord<String, String> record) {
        codec.decode(record).ifPresent(event -> {
            switch (event.payload()) {
                case SampleFailed failed -> recording.sampleFailed(event.eventKey(), event.type().type(), failed);
                default -> {
                }
            }
        });
    }
}
