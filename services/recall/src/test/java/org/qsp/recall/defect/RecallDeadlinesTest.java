package org.qsp.recall.defect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deadlines of DOMAIN.md §6 over holidays and make-up working days (2026 calendar, Shanghai time). */
class RecallDeadlinesTest {

    private final RecallDeadlines deadlines = TestRules.deadlines();

    @ParameterizedTest(name = "level {1}: {3}")
    @CsvSource(delimiter = '|', value = {
            "2026-09-30T02:00:00Z | 1 | 2026-10-01T02:00:00Z | level 1 starts within 24 hours, 国庆节 or not: hours run on the clock",
            "2026-04-30T12:00:00Z | 2 | 2026-05-02T12:00:00Z | level 2 within 48 hours, over 劳动节",
            "2026-02-13T09:30:00Z | 3 | 2026-02-16T09:30:00Z | level 3 within 72 hours, into 春节"})
    void a_food_recall_starts_within_24_48_or_72_hours_of_its_order(Instant ordered, int level, Instant start,
            String why) {
        assertThat(deadlines.start(ordered, level)).isEqualTo(start);
    }

    @ParameterizedTest(name = "level {1}: {3}")
    @CsvSource(delimiter = '|', value = {
            "2026-09-29T02:00:00Z | 1 | 2026-10-19 | 10 working days skip 国庆节 and count the make-up Saturday 10 October",
            "2026-04-28T02:00:00Z | 2 | 2026-05-28 | 20 working days skip 劳动节 and count the make-up Saturday 9 May",
            "2026-02-10T02:00:00Z | 3 | 2026-03-30 | 30 working days skip 春节 and count the make-up Saturdays 14 and 28 February",
            "2026-09-28T17:00:00Z | 1 | 2026-10-19 | 01:00 on 29 September in Shanghai is 29 September: the day of publication is not counted"})
    void a_food_recall_is_completed_within_10_20_or_30_working_days_of_its_publication(Instant published, int level,
            LocalDate due, String why) {
        assertThat(deadlines.completion(published, level)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "2026-02-12T02:00:00Z | 2026-03-04 | an ordered plan within 10 working days: 春节 skipped, 14 and 28 February count",
            "2026-03-02T02:00:00Z | 2026-03-16 | an ordinary Monday: two weeks",
            "2026-09-24T02:00:00Z | 2026-10-15 | 中秋节 and 国庆节 skipped, the make-up Saturday 10 October counted"})
    void an_ordered_plan_is_due_10_working_days_after_the_order(Instant ordered, LocalDate due, String why) {
        assertThat(deadlines.plan(ordered)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "2026-06-12 | 2026-07-06 | 15 working days after a planned end on Friday 12 June skip 端午节 (19 June)",
            "2026-03-13 | 2026-04-03 | 15 working days before 清明节 (4-6 April)",
            "2026-09-30 | 2026-10-27 | from the eve of 国庆节: the holiday week skipped, 10 October counted"})
    void the_completion_summary_is_due_15_working_days_after_the_planned_end(LocalDate plannedEnd, LocalDate due,
            String why) {
        assertThat(deadlines.summary(plannedEnd)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
            "2026-09-24T02:00:00Z | 2026-10-22 | 15 | an objection within 15 working days, over 中秋节 and 国庆节",
            "2026-03-02T02:00:00Z | 2026-03-23 | 15 | an ordinary fortnight and a day"})
    void a_producer_may_object_until_15_working_days_after_the_investigation_opened(Instant opened, LocalDate until,
            int days, String why) {
        assertThat(deadlines.objection(opened)).isEqualTo(until);
    }

    @ParameterizedTest(name = "{0}/{1}/{2}: {4}")
    @CsvSource(delimiter = '|', value = {
            "FOOD             | 1 |         | 2026-09-30T02:00:00Z | 2026-10-09 | level 1 reports every 2 working days: 国庆节 skipped",
            "FOOD             | 3 |         | 2026-03-02T02:00:00Z | 2026-03-16 | level 3 every 10 working days",
            "CONSUMER_PRODUCT |   | SERIOUS | 2026-04-30T02:00:00Z | 2026-05-11 | a serious risk every 5 working days: 劳动节 skipped, 9 May counted",
            "CONSUMER_PRODUCT |   | LOW     | 2026-03-02T02:00:00Z | 2026-03-30 | a low risk every 20 working days"})
    void progress_is_reported_at_the_cadence_of_the_level_or_risk_level(ProductType type, Integer level,
            RiskLevel risk, Instant previous, LocalDate due, String why) {
        assertThat(deadlines.nextReport(previous, new Classification(type, level, risk))).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-10-19 | 2026-10-19T16:00:00Z",
            "2026-03-16 | 2026-03-16T16:00:00Z"})
    void a_deadline_in_days_is_missed_from_midnight_after_its_last_day_in_shanghai(LocalDate lastDay, Instant missed) {
        assertThat(deadlines.missedFrom(lastDay)).isEqualTo(missed);
    }
}
