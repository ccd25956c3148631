package org.qsp.monitor.stream.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.EventType;
import org.qsp.contracts.Topic;
import org.qsp.contracts.Topics;
import org.qsp.monitor.event.ObservedEvent;
import org.qsp.monitor.stream.StreamService;
import org.qsp.platform.events.CloudEventHeaders;
import org.qsp.platform.events.EventCodec;
import org.qsp.platform.events.InvalidEvent;

/**
 * The one Kafka consumer of this instance that feeds the live stream: every partition of every catalogued topic,
 * assigned (no consumer group, nothing committed), from the end; viewers share what it reads. An event it cannot
 * decode is skipped (the consumer group's listener dead-letters it); one it cannot describe is skipped and counted.
 */
@Component
class StreamFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StreamFeed.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaProperties kafka;
    private final EventCodec codec;
    private final StreamService stream;
    private final Counter skipped;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile Thread thread;
    private volatile boolean running;

    StreamFeed(KafkaProperties kafka, EventCodec codec, StreamService stream, MeterRegistry meters) {
        this.kafka = kafka;
        this.codec = codec;
        this.stream = stream;
        this.skipped = Counter.builder("qsp.monitor.stream.skipped")
                .description("records the live stream could not decode or describe").register(meters);
    }

    @Override
    public void start() {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "qsp-monitor-stream");
        consumer = new KafkaConsumer<>(config);
        running = true;
        thread = Thread.ofPlatform().name("qsp-monitor-stream").daemon().start(this::run);
    }

    private void run() {
        try {
            List<TopicPartition> partitions = partitions();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    feed(record);
                }
            }
        } catch (WakeupException stopping) {
            log.debug("live stream consumer stopping");
        } catch (RuntimeException e) {
            log.error("the live stream consumer stopped", e);
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private List<TopicPartition> partitions() {
        List<TopicPartition> partitions = new ArrayList<>();
        for (Topic topic : Topics.ALL) {
            List<PartitionInfo> known = consumer.partitionsFor(topic.name(), Duration.ofSeconds(10));
            int count = known == null || known.isEmpty() ? topic.partitions() : known.size();
            for (int p = 0; p < count; p++) {
                partitions.add(new TopicPartition(topic.name(), p));
            }
        }
        return partitions;
    }

    private void feed(ConsumerRecord<String, String> record) {
        try {
            EventType<?> type = EventCatalog.byType(codec.typeOf(record)).orElse(null);
            if (type == null) {
                skipped.increment();
                return;
            }
            String traceId = ObservedEvent.traceIdOf(CloudEventHeaders.text(record.headers(),
                    CloudEventHeaders.TRACEPARENT));
            stream.publish(ObservedEvent.of(codec.decode(record, type), traceId));
        } catch (InvalidEvent | DataAccessException e) {
            skipped.increment();
            log.info("the live stream skipped {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
        }
    }

    /**
     * Stops reading and ends the open streams, before the web server's graceful shutdown (a later phase), which
     * would otherwise wait for them.
     */
    @Override
    public void stop() {
        running = false;
        stream.closeAll();
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        Thread t = thread;
        if (t != null) {
            try {
                t.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
