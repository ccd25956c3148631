package org.qsp.system;

import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsp.contracts.EventCatalog;
import org.qsp.platform.test.TopicRecorder;

/**
 * A crash in the middle of a burst: rectification is killed (SIGKILL: no graceful shutdown, no
 * offsets committed, a relay lease left behind) while failed samples keep coming, then started
 * again. Nothing may be lost and nothing doubled, in its store, in credit's, and on the topics.
 */
class RectificationCrashSystemTest {

    private static final int SAMPLES = 200;
    private static final int CRASH_AFTER = 50;

    private static Stack stack;
    private static Flow flow;
    private static TopicRecorder recorder;

    @BeforeAll
    static void startTheSystem() {
        stack = Stack.get();
        flow = new Flow(stack);
        recorder = stack.recorder;
    }

    @Test
    void two_hundred_failed_samples_while_rectification_crashes_after_fifty_give_exactly_two_hundred_tasks_and_records() {
        String uscc = flow.newUscc();
        List<String> sampleIds = IntStream.range(0, SAMPLES).mapToObj(i -> "bulk-" + i + "-" + UUID.randomUUID())
                .toList();
        try {
            for (int i = 0; i < sampleIds.size(); i++) {
                if (i == CRASH_AFTER) {
                    stack.rectification.kill();
                }
                flow.sample(sampleIds.get(i), uscc, "FAIL");
            }
            assertThat(stack.rectification.isAlive()).isFalse();
        } finally {
            if (!stack.rectification.isAlive()) {
                stack.rectification.start();
                stack.rectification.awaitReady(Duration.ofMinutes(3));
            }
        }

        // every task's outbox has reached the broker: each task's opened event is there at least once
        await("an opened event of each of the " + SAMPLES + " tasks").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1)).until(() -> openedBySample(uscc).size() >= SAMPLES);
        stack.awaitSettled();

        assertThat(flow.tasks(uscc)).isEqualTo(SAMPLES);
        List<String> creditSources = flow.creditRecords(uscc).stream().map(r -> r.path("sourceId").asString())
                .toList();
        assertThat(creditSources).hasSize(SAMPLES).containsExactlyInAnyOrderElementsOf(sampleIds);
        Map<String, List<ConsumerRecord<String, String>>> opened = openedBySample(uscc);
        assertThat(opened.keySet()).containsExactlyInAnyOrderElementsOf(sampleIds);
        assertThat(opened).allSatisfy((sampleId, events) -> assertThat(events).as("opened events of the task of %s",
                sampleId).hasSize(1));
        assertThat(Events.distinct(recorder.ofType(EventCatalog.SAMPLE_FAILED)).stream()
                .filter(r -> sampleIds.contains(r.key()))).hasSize(SAMPLES);
    }

    /** The distinct rectification.task.opened events of the enterprise, by the sample that opened the task. */
    private static Map<String, List<ConsumerRecord<String, String>>> openedBySample(String uscc) {
        return Events.distinct(recorder.ofType(EventCatalog.RECTIFICATION_TASK_OPENED)).stream()
                .filter(r -> uscc.equals(recorder.payload(r, EventCatalog.RECTIFICATION_TASK_OPENED).enterprise().uscc()))
                .collect(groupingBy(r -> recorder.payload(r, EventCatalog.RECTIFICATION_TASK_OPENED).sourceId()));
    }
}
