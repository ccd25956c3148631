package org.qsp.credit.enterprise.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.qsp.contracts.Topics;
import org.qsp.contracts.rectification.RectificationTaskOverdue;
import org.qsp.credit.enterprise.CreditRecording;
import org.qsp.platform.events.EventCodec;

/** Overdue rectifications become credit records; opened and acknowledged tasks do not. */
@Component
class RectificationEventsListener {

    private final EventCodec codec;
    private final CreditRecording recording;

    RectificationEventsListener(EventCodec codec, CreditRecording recording) {
        this.codec = codec;
        this.recording = recording;
    }

    @KafkaListener(topics = Topics.RECTIFICATION_TASKS_NAME)
    void on(ConsumerRecord<String, String> record) {
        codec.decode(record).ifPresent(event -> {
            switch (event.payload()) {
                case RectificationTaskOverdue overdue ->
                        recording.taskOverdue(event.eventKey(), event.type().type(), overdue);
                default -> {
                }
            }
        });
    }
}
