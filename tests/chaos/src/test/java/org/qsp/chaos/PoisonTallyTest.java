package org.qsp.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qsp.chaos.PoisonTally.DeadLetter;
import org.qsp.chaos.PoisonTally.Sent;

class PoisonTallyTest {

    private static final List<String> GROUPS = List.of("credit", "rectification");
    private static final List<Sent> SENT = List.of(
            new Sent(Poison.MALFORMED_JSON, "p-1", 0, 10),
            new Sent(Poison.SCHEMA_INVALID, "p-2", 1, 11),
            new Sent(Poison.UNKNOWN_TYPE, "p-3", 2, 12));

    @Test
    void one_dead_letter_per_group_per_dead_letterable_record_and_none_for_a_skipped_type_is_as_designed() {
        PoisonTally tally = PoisonTally.of(SENT, List.of(letter("p-1", "credit"), letter("p-1", "rectification"),
                letter("p-2", "rectification"), letter("p-2", "credit")), GROUPS);

        assertThat(tally.asDesigned()).isTrue();
        assertThat(tally.poison()).isEqualTo(3);
        assertThat(tally.expectedDeadLetters()).isEqualTo(4);
        assertThat(tally.deadLettered()).isEqualTo(4);
        assertThat(tally.deadLetteredByGroup()).containsEntry("credit", 2).containsEntry("rectification", 2);
        assertThat(tally.sentByKind()).containsEntry(Poison.UNKNOWN_TYPE, 1).containsEntry(Poison.MALFORMED_JSON, 1);
    }

    @Test
    void a_group_that_did_not_dead_letter_a_record_is_a_problem() {
        PoisonTally tally = PoisonTally.of(SENT, List.of(letter("p-1", "credit"), letter("p-1", "rectification"),
                letter("p-2", "credit")), GROUPS);

        assertThat(tally.problems()).singleElement().asString().contains("p-2").contains("0 dead letter(s) from "
                + "rectification");
    }

    @Test
    void a_record_dead_lettered_twice_by_one_group_is_a_problem() {
        PoisonTally tally = PoisonTally.of(SENT, List.of(letter("p-1", "credit"), letter("p-1", "credit"),
                letter("p-1", "rectification"), letter("p-2", "credit"), letter("p-2", "rectification")), GROUPS);

        assertThat(tally.problems()).singleElement().asString().contains("p-1").contains("2 dead letter(s) from credit");
        assertThat(tally.deadLettered()).isEqualTo(5);
    }

    @Test
    void an_unknown_type_that_was_dead_lettered_is_a_problem_because_it_should_have_been_skipped() {
        PoisonTally tally = PoisonTally.of(SENT, List.of(letter("p-1", "credit"), letter("p-1", "rectification"),
                letter("p-2", "credit"), letter("p-2", "rectification"), letter("p-3", "credit")), GROUPS);

        assertThat(tally.problems()).singleElement().asString().contains("UNKNOWN_TYPE").contains("expected 0");
    }

    @Test
    void a_dead_letter_from_a_group_that_does_not_consume_the_topic_is_a_problem() {
        PoisonTally tally = PoisonTally.of(SENT.subList(0, 1), List.of(letter("p-1", "credit"),
                letter("p-1", "rectification"), letter("p-1", "monitor")), GROUPS);

        assertThat(tally.problems()).singleElement().asString().contains("unexpected group monitor");
    }

    private static DeadLetter letter(String key, String group) {
        return new DeadLetter(key, group);
    }
}
