package org.qsp.chaos;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verdict of a run on the one promise: every acknowledged failed sample has exactly one rectification task and
 * exactly one credit record, whatever was killed meanwhile.
 * <ul>
 * <li><b>lost</b>: acknowledged samples missing their task, their credit record, or both (each counted once);</li>
 * <li><b>duplicated</b>: for any sample of the run (acknowledged or not), tasks, credit records, distinct
 *     {@code task.opened} events and distinct {@code sample.failed} events beyond one. An event republished with
 *     the same {@code ce_id} (at-least-once delivery) is one event, not a duplicate.</li>
 * </ul>
 *
 * @param filed            samples the run filed (including ones never acknowledged)
 * @param acknowledged     samples whose two PUTs were both answered 2xx
 * @param tasks            rectification tasks of the run's samples
 * @param creditRecords    credit records of the run's samples' failed events
 * @param lost             acknowledged samples missing an effect
 * @param duplicated       effects beyond one per sample, all kinds together ({@code byKind} splits them)
 * @param lostSamples      the first lost samples, with what each has
 * @param duplicatedSamples the first samples with a duplicate, with what each has
 */
record Accounting(int filed, int acknowledged, long tasks, long creditRecords, int lost, long duplicated,
        Duplicates byKind, List<SampleEffects> lostSamples, List<SampleEffects> duplicatedSamples) {

    /** How many of the listed samples a summary shows. */
    static final int LISTED = 50;

    /** What the pipeline holds, per sample id; a sample with nothing is absent. */
    record Effects(Map<String, Integer> tasks, Map<String, Integer> creditRecords,
            Map<String, Set<String>> openedEventIds, Map<String, Set<String>> failedEventIds) {

        SampleEffects of(String sampleId) {
            return new SampleEffects(sampleId, tasks.getOrDefault(sampleId, 0),
                    creditRecords.getOrDefault(sampleId, 0), openedEventIds.getOrDefault(sampleId, Set.of()).size(),
                    failedEventIds.getOrDefault(sampleId, Set.of()).size());
        }
    }

    /** One sample's effects: documents in the stores and distinct events on the topics. */
    record SampleEffects(String sampleId, int tasks, int creditRecords, int openedEvents, int failedEvents) {

        boolean lost() {
            return tasks == 0 || creditRecords == 0;
        }

        Duplicates excess() {
            return new Duplicates(beyondOne(tasks), beyondOne(creditRecords), beyondOne(openedEvents),
                    beyondOne(failedEvents));
        }

        private static long beyondOne(int count) {
            return Math.max(0, count - 1);
        }
    }

    /** Effects beyond one per sample, by kind. */
    record Duplicates(long tasks, long creditRecords, long taskOpenedEvents, long sampleFailedEvents) {

        static final Duplicates NONE = new Duplicates(0, 0, 0, 0);

        long total() {
            return tasks + creditRecords + taskOpenedEvents + sampleFailedEvents;
        }

        Duplicates plus(Duplicates other) {
            return new Duplicates(tasks + other.tasks, creditRecords + other.creditRecords,
                    taskOpenedEvents + other.taskOpenedEvents, sampleFailedEvents + other.sampleFailedEvents);
        }

        @Override
        public String toString() {
            return "tasks " + tasks + ", credit records " + creditRecords + ", task.opened events " + taskOpenedEvents
                    + ", sample.failed events " + sampleFailedEvents;
        }
    }

    static Accounting of(Set<String> filed, Set<String> acknowledged, Effects effects) {
        if (!filed.containsAll(acknowledged)) {
            throw new IllegalArgumentException("acknowledged samples the run did not file");
        }
        List<SampleEffects> all = filed.stream().sorted().map(effects::of).toList();
        List<SampleEffects> lost = all.stream().filter(s -> acknowledged.contains(s.sampleId()) && s.lost()).toList();
        List<SampleEffects> doubled = all.stream().filter(s -> s.excess().total() > 0)
                .sorted(Comparator.comparingLong((SampleEffects s) -> s.excess().total()).reversed()).toList();
        Duplicates byKind = all.stream().map(SampleEffects::excess).reduce(Duplicates.NONE, Duplicates::plus);
        return new Accounting(filed.size(), acknowledged.size(), all.stream().mapToLong(SampleEffects::tasks).sum(),
                all.stream().mapToLong(SampleEffects::creditRecords).sum(), lost.size(), byKind.total(), byKind,
                lost.stream().limit(LISTED).toList(), doubled.stream().limit(LISTED).toList());
    }
}
