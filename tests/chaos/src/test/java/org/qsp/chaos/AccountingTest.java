package org.qsp.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AccountingTest {

    private final Map<String, Integer> tasks = new HashMap<>();
    private final Map<String, Integer> records = new HashMap<>();
    private final Map<String, Set<String>> opened = new HashMap<>();
    private final Map<String, Set<String>> failed = new HashMap<>();

    @Test
    void every_acknowledged_sample_with_one_task_and_one_record_is_neither_lost_nor_duplicated() {
        flowed("s1");
        flowed("s2");

        Accounting accounting = count(Set.of("s1", "s2"), Set.of("s1", "s2"));

        assertThat(accounting.lost()).isZero();
        assertThat(accounting.duplicated()).isZero();
        assertThat(accounting.tasks()).isEqualTo(2);
        assertThat(accounting.creditRecords()).isEqualTo(2);
        assertThat(accounting.acknowledged()).isEqualTo(2);
    }

    @Test
    void an_acknowledged_sample_missing_its_task_or_its_record_or_both_is_lost_once() {
        flowed("whole");
        records.put("no-task", 1);
        tasks.put("no-record", 1);

        Accounting accounting = count(Set.of("whole", "no-task", "no-record", "nothing"),
                Set.of("whole", "no-task", "no-record", "nothing"));

        assertThat(accounting.lost()).isEqualTo(3);
        assertThat(accounting.lostSamples()).extracting(Accounting.SampleEffects::sampleId)
                .containsExactly("no-record", "no-task", "nothing");
        assertThat(accounting.lostSamples()).filteredOn(s -> s.sampleId().equals("no-task"))
                .singleElement().satisfies(s -> {
                    assertThat(s.tasks()).isZero();
                    assertThat(s.creditRecords()).isEqualTo(1);
                });
    }

    @Test
    void a_sample_never_acknowledged_is_not_lost_when_it_has_nothing() {
        flowed("acknowledged");

        Accounting accounting = count(Set.of("acknowledged", "given-up"), Set.of("acknowledged"));

        assertThat(accounting.lost()).isZero();
        assertThat(accounting.filed()).isEqualTo(2);
    }

    @Test
    void effects_beyond_one_per_sample_are_duplicates_counted_by_kind() {
        flowed("twice-recorded");
        records.put("twice-recorded", 2);
        flowed("opened-twice");
        opened.put("opened-twice", Set.of("event-a", "event-b"));
        flowed("clean");

        Accounting accounting = count(Set.of("twice-recorded", "opened-twice", "clean"),
                Set.of("twice-recorded", "opened-twice", "clean"));

        assertThat(accounting.duplicated()).isEqualTo(2);
        assertThat(accounting.byKind()).isEqualTo(new Accounting.Duplicates(0, 1, 1, 0));
        assertThat(accounting.duplicatedSamples()).extracting(Accounting.SampleEffects::sampleId)
                .containsExactlyInAnyOrder("twice-recorded", "opened-twice");
        assertThat(accounting.lost()).isZero();
    }

    @Test
    void duplicates_count_for_samples_that_were_never_acknowledged_too() {
        tasks.put("unacknowledged", 1);
        records.put("unacknowledged", 3);

        Accounting accounting = count(Set.of("unacknowledged"), Set.of());

        assertThat(accounting.duplicated()).isEqualTo(2);
        assertThat(accounting.lost()).isZero();
    }

    @Test
    void an_event_published_again_with_the_same_id_is_one_event() {
        flowed("republished");
        // a set of distinct ce_ids: the relay publishing event-a twice leaves one id
        opened.put("republished", Set.of("event-a"));

        assertThat(count(Set.of("republished"), Set.of("republished")).duplicated()).isZero();
    }

    @Test
    void refuses_acknowledged_samples_that_the_run_did_not_file() {
        assertThatThrownBy(() -> count(Set.of("a"), Set.of("a", "stranger")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void flowed(String sample) {
        tasks.put(sample, 1);
        records.put(sample, 1);
        opened.put(sample, Set.of("opened-" + sample));
        failed.put(sample, Set.of("failed-" + sample));
    }

    private Accounting count(Set<String> filed, Set<String> acknowledged) {
        return Accounting.of(filed, acknowledged, new Accounting.Effects(tasks, records, opened, failed));
    }
}
