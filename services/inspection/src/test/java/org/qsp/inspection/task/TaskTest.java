package org.qsp.inspection.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qsp.inspection.sample.TaskOutcome;
import org.qsp.platform.access.Caller;
import org.qsp.platform.access.Role;

/** The rules of a task's visits: who may take it, what closes it, what a repeated or late visit changes. */
class TaskTest {

    private static final Instant AT = Instant.parse("2026-11-03T08:00:00Z");

    private static Task task(String... pair) {
        return Task.targeted("CL-1", "330106", "91330106MA2B3C4D5X", "0701", null, List.of(pair),
                LocalDate.of(2026, 12, 1), AT);
    }

    private static Caller inspector(String id, String region) {
        return new Caller(id, java.util.Set.of(Role.INSPECTOR), java.util.Optional.empty(),
                java.util.Optional.of(region));
    }

    @Test
    void a_task_is_taken_by_its_pair_and_a_task_without_a_pair_by_an_inspector_of_its_region() {
        assertThat(task("a", "b").takeableBy(inspector("a", "100000"))).isTrue();
        assertThat(task("a", "b").takeableBy(inspector("c", "330106"))).isFalse();
        assertThat(task().takeableBy(inspector("c", "330100"))).isTrue();
        assertThat(task().takeableBy(inspector("c", "320100"))).isFalse();
    }

    @Test
    void a_closing_visit_makes_the_task_done_once_and_another_visit_after_it_is_refused() {
        Task task = task("a", "b");

        assertThat(task.record("S-1", TaskOutcome.SAMPLED, true, AT)).isTrue();
        assertThat(task.record("S-1", TaskOutcome.SAMPLED, true, AT.plusSeconds(60))).isTrue();
        assertThat(task.record("S-2", TaskOutcome.REFUSED, true, AT.plusSeconds(60))).isFalse();

        assertThat(task.status()).isEqualTo(TaskStatus.DONE);
        assertThat(task.sampleId()).isEqualTo("S-1");
        assertThat(task.doneAt()).isEqualTo(AT);
        assertThat(task.doneByAnotherThan("S-1")).isFalse();
        assertThat(task.doneByAnotherThan("S-2")).isTrue();
    }

    @Test
    void a_visit_that_does_not_close_is_listed_once_and_stays_its_own_after_the_task_is_done() {
        Task task = task("a", "b");

        task.record("V-1", TaskOutcome.CANNOT_SAMPLE, false, AT);
        task.record("V-1", TaskOutcome.CANNOT_SAMPLE, false, AT);
        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        task.record("S-1", TaskOutcome.SAMPLED, true, AT.plusSeconds(3600));

        assertThat(task.visits()).extracting(Task.Visit::sampleId).containsExactly("V-1");
        assertThat(task.doneByAnotherThan("V-1")).isFalse();
        assertThat(task.sampleId()).isEqualTo("S-1");
    }
}
