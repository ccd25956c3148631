package org.qsp.chaos;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What became of the poison: every poison record meant for the dead-letter topic must be there exactly once per
 * consumer group of the topic (the {@code kafka_dlt-original-consumer-group} header tells the groups apart), and a
 * skipped kind not at all.
 *
 * @param poison              poison records sent
 * @param sentByKind          of which, per kind
 * @param expectedDeadLetters dead-letterable records times the groups consuming the topic
 * @param deadLettered        dead letters found for this run's poison
 * @param deadLetteredByGroup of which, per original consumer group
 * @param problems            poison whose dead letters are not one per group (missing, doubled, or a skipped kind
 *                            dead-lettered); empty when all is as designed
 */
record PoisonTally(int poison, Map<Poison, Integer> sentByKind, int expectedDeadLetters, int deadLettered,
        Map<String, Integer> deadLetteredByGroup, List<String> problems) {

    /** A poison record as sent. */
    record Sent(Poison kind, String key, int partition, long offset) {
    }

    /** A dead letter of one poison record: its key and the group that gave up on it. */
    record DeadLetter(String key, String group) {
    }

    static PoisonTally of(List<Sent> sent, List<DeadLetter> deadLetters, List<String> groups) {
        Map<Poison, Integer> byKind = new EnumMap<>(Poison.class);
        sent.forEach(s -> byKind.merge(s.kind(), 1, Integer::sum));
        Map<String, Map<String, Long>> lettersByKey = deadLetters.stream().collect(Collectors.groupingBy(
                DeadLetter::key, Collectors.groupingBy(DeadLetter::group, Collectors.counting())));
        List<String> problems = new ArrayList<>();
        int expected = 0;
        for (Sent record : sent) {
            Map<String, Long> letters = lettersByKey.getOrDefault(record.key(), Map.of());
            int wanted = record.kind().fate() == Poison.Fate.DEAD_LETTER ? 1 : 0;
            expected += wanted * groups.size();
            for (String group : groups) {
                long found = letters.getOrDefault(group, 0L);
                if (found != wanted) {
                    problems.add(record.kind() + " " + record.key() + ": " + found + " dead letter(s) from " + group
                            + ", expected " + wanted);
                }
            }
            letters.keySet().stream().filter(group -> !groups.contains(group)).forEach(group ->
                    problems.add(record.kind() + " " + record.key() + ": dead-lettered by unexpected group " + group));
        }
        Map<String, Integer> byGroup = new TreeMap<>(deadLetters.stream().collect(
                Collectors.groupingBy(DeadLetter::group, Collectors.summingInt(d -> 1))));
        return new PoisonTally(sent.size(), byKind, expected, deadLetters.size(), byGroup, List.copyOf(problems));
    }

    boolean asDesigned() {
        return problems.isEmpty();
    }
}
