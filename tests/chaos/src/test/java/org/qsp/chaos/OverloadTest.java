package org.qsp.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.qsp.chaos.Overload.Verdict;

class OverloadTest {

    @Test
    void quick_429_and_503_problems_without_timeouts_are_shed() {
        StatusCounts counts = answers(100, ok(30));
        add(counts, 60, rejected(429, 12));
        add(counts, 40, rejected(503, 40));

        StatusCounts.Snapshot status = counts.snapshot();

        assertThat(Overload.judge(status)).isEqualTo(Verdict.SHED);
        assertThat(status.status429()).isEqualTo(60);
        assertThat(status.status503()).isEqualTo(40);
        assertThat(status.rejectionsWithRetryAfter()).isEqualTo(100);
        assertThat(status.rejectionCodes()).containsEntry("429 overloaded", 60L).containsEntry("503 overloaded", 40L);
    }

    @Test
    void rejections_that_took_seconds_were_queued_first_so_the_overload_was_shed_slowly() {
        StatusCounts counts = answers(100, ok(30));
        add(counts, 50, rejected(503, 4_000));

        assertThat(Overload.judge(counts.snapshot())).isEqualTo(Verdict.SHED_SLOWLY);
    }

    @Test
    void more_than_one_percent_of_requests_timing_out_means_timed_out_whatever_else_was_answered() {
        StatusCounts counts = answers(100, ok(30));
        add(counts, 100, rejected(429, 5));
        add(counts, 3, Answer.timeout(10_000));

        StatusCounts.Snapshot status = counts.snapshot();

        assertThat(Overload.judge(status)).isEqualTo(Verdict.TIMED_OUT);
        assertThat(status.timeouts()).isEqualTo(3);
        assertThat(status.requests()).isEqualTo(203);
    }

    @Test
    void a_few_timeouts_within_one_percent_do_not_outweigh_quick_rejections() {
        StatusCounts counts = answers(150, ok(30));
        add(counts, 50, rejected(429, 5));
        add(counts, 2, Answer.timeout(10_000));

        assertThat(Overload.judge(counts.snapshot())).isEqualTo(Verdict.SHED);
    }

    @Test
    void no_rejections_and_no_timeouts_but_slow_acceptances_means_the_overload_waited_in_queues() {
        StatusCounts counts = answers(90, ok(30));
        add(counts, 10, ok(3_500));

        assertThat(Overload.judge(counts.snapshot())).isEqualTo(Verdict.QUEUED);
    }

    @Test
    void no_rejections_no_timeouts_and_quick_acceptances_is_not_saturated() {
        StatusCounts counts = answers(100, ok(30));
        add(counts, 1, Answer.status(500, Optional.empty(), "internal", 3));

        StatusCounts.Snapshot status = counts.snapshot();

        assertThat(Overload.judge(status)).isEqualTo(Verdict.NOT_SATURATED);
        assertThat(status.otherByStatus()).containsEntry("500", 1L);
    }

    private static Answer ok(long millis) {
        return Answer.status(201, Optional.empty(), null, millis);
    }

    private static Answer rejected(int status, long millis) {
        return Answer.status(status, Optional.of(java.time.Duration.ofSeconds(1)), "overloaded", millis);
    }

    private static StatusCounts answers(int times, Answer answer) {
        StatusCounts counts = new StatusCounts();
        add(counts, times, answer);
        return counts;
    }

    private static void add(StatusCounts counts, int times, Answer answer) {
        for (int i = 0; i < times; i++) {
            counts.add(answer);
        }
    }
}
