package org.qsp.rectification.task.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.qsp.contracts.Topics;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.platform.events.EventCodec;
import org.qsp.rectification.task.TaskService;

/** A failed sample opens a rectification task; a passed one needs nothing here. */
@Component
class SampleEventsListener {

    private final EventCodec codec;
    private final TaskService tasks;

    SampleEventsListener(EventCodec codec, TaskService tasks) {
        this.codec = codec;
        this.tasks = tasks;
    }

    @KafkaListener(topics = Topics.INSPECTION_SAMPLES_NAME)
    void on(ConsumerRecord<String, String> record) {
        codec.decode(record).ifPresent(event -> {
            if (event.payload() instanceof SampleFailed failed) {
                tasks.openForFailedSample(failed);
            }
        });
    }
}
