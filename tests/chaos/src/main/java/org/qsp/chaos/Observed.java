package org.qsp.chaos;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.Topics;
import org.qsp.harness.PipelineStores;
import org.qsp.platform.events.CloudEventHeaders;

/**
 * What the pipeline holds for the run's samples once it settled: tasks and credit records from the services'
 * databases, distinct {@code sample.failed} and {@code task.opened} events from the topics.
 *
 * @param sampleFailedRecords records of the run's {@code sample.failed} events (more than the distinct events when
 *                            the relay published one again after a crash: same {@code ce_id}, absorbed)
 * @param taskOpenedRecords   the same for {@code task.opened}
 */
record Observed(Accounting.Effects effects, long sampleFailedRecords, long taskOpenedRecords) {

    static Observed read(PipelineStores stores, String bootstrapServers, Set<String> samples) {
        Map<String, Set<String>> failed = new HashMap<>();
        Map<String, Set<String>> opened = new HashMap<>();
        long[] records = new long[2];
        TopicScan.read(bootstrapServers, Topics.INSPECTION_SAMPLES_NAME, record -> {
            if (samples.contains(record.key()) && EventCatalog.SAMPLE_FAILED.type().equals(header(record,
                    CloudEventHeaders.TYPE))) {
                failed.computeIfAbsent(record.key(), k -> new HashSet<>()).add(header(record, CloudEventHeaders.ID));
                records[0]++;
            }
        });
        TopicScan.read(bootstrapServers, Topics.RECTIFICATION_TASKS_NAME, record -> {
            String sample = record.key() == null ? null : record.key().replaceFirst("^RT-", "");
            if (samples.contains(sample) && EventCatalog.RECTIFICATION_TASK_OPENED.type().equals(header(record,
                    CloudEventHeaders.TYPE))) {
                opened.computeIfAbsent(sample, k -> new HashSet<>()).add(header(record, CloudEventHeaders.ID));
                records[1]++;
            }
        });
        var effects = new Accounting.Effects(stores.tasksBySample(samples),
                stores.failedSampleRecordsBySample(samples), opened, failed);
        return new Observed(effects, records[0], records[1]);
    }

    long republished() {
        long distinct = effects.failedEventIds().values().stream().mapToLong(Set::size).sum()
                + effects.openedEventIds().values().stream().mapToLong(Set::size).sum();
        return sampleFailedRecords + taskOpenedRecords - distinct;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return CloudEventHeaders.text(record.headers(), name);
    }
}
