package org.qsp.complaint.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deadlines of DOMAIN.md §5 over holidays and make-up working days (2026 calendar, Shanghai time). */
class CaseDeadlinesTest {

    private final CaseDeadlines deadlines = TestDeadlines.shipped();

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "2026-03-02T02:00:00Z | 2026-03-11 | an ordinary Monday: 7 working days end on the next Wednesday but one",
            "2026-09-29T02:00:00Z | 2026-10-14 | 国庆节 and 中秋节 are skipped; the make-up Saturday 10 October counts",
            "2026-02-12T02:00:00Z | 2026-02-28 | 春节: the make-up Saturdays 14 and 28 February count, the holiday week does not",
            "2026-04-30T02:00:00Z | 2026-05-13 | 劳动节 is skipped and the make-up Saturday 9 May counts",
            "2026-03-01T17:00:00Z | 2026-03-11 | 01:00 on 2 March in Shanghai is 2 March: the day of receipt is not counted"})
    void acceptance_is_due_7_working_days_after_receipt(Instant receivedAt, LocalDate due, String why) {
        assertThat(deadlines.acceptance(receivedAt)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "2026-03-02T02:00:00Z | 2026-05-08 | 45 working days from 2 March skip 清明节 and 劳动节",
            "2026-09-01T02:00:00Z | 2026-11-09 | 45 working days from 1 September skip 中秋节 and 国庆节, count 20 September and 10 October"})
    void mediation_ends_45_working_days_after_acceptance(Instant acceptedAt, LocalDate due, String why) {
        assertThat(deadlines.mediation(acceptedAt)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = '|', value = {
            "2026-05-08 | 2026-03-09T02:00:00Z | 2026-03-16T02:00:00Z | 2026-05-14 | a week of testing (5 working days) moves the deadline 5 working days",
            "2026-05-08 | 2026-04-30T02:00:00Z | 2026-05-06T02:00:00Z | 2026-05-09 | a pause over 劳动节 counts only its working day 6 May; the make-up Saturday 9 May is the next working day",
            "2026-05-08 | 2026-03-10T02:00:00Z | 2026-03-10T09:00:00Z | 2026-05-08 | a pause within one day moves nothing"})
    void a_pause_for_testing_moves_the_mediation_deadline_by_its_working_days(LocalDate deadline, Instant paused,
            Instant resumed, LocalDate moved, String why) {
        assertThat(deadlines.mediationAfterPause(deadline, paused, resumed)).isEqualTo(moved);
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
            "notification | 2026-09-30T02:00:00Z | 2026-10-15 | both parties are told within 7 working days; 国庆节 skipped, 10 October counts",
            "reporter     | 2026-02-13T02:00:00Z | 2026-02-27 | a named reporter is told within 5 working days; 14 February counts, 春节 does not",
            "verification | 2026-03-02T02:00:00Z | 2026-03-23 | a report's lead is verified within 15 working days",
            "leadCheck    | 2026-04-01T02:00:00Z | 2026-04-23 | a violation found in mediation is checked within 15 working days; 清明节 skipped",
            "decision     | 2026-03-02T02:00:00Z | 2026-06-01 | a report is decided within 90 days: 31 May is a Sunday"})
    void the_other_deadlines_run_on_the_calendar(String which, Instant from, LocalDate due, String why) {
        LocalDate actual = switch (which) {
            case "notification" -> deadlines.notification(from);
            case "reporter" -> deadlines.reporterNotification(from);
            case "verification" -> deadlines.verification(from);
            case "leadCheck" -> deadlines.leadCheck(from);
            case "decision" -> deadlines.decision(from);
            default -> throw new IllegalArgumentException(which);
        };
        assertThat(actual).isEqualTo(due);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "verification | 2026-03-23 | 2026-04-14 | +15 working days, 清明节 skipped",
            "decision     | 2026-06-01 | 2026-07-01 | +30 days"})
    void an_extension_adds_its_period_to_the_deadline(String which, LocalDate deadline, LocalDate extended) {
        assertThat(which.equals("verification") ? deadlines.verificationExtended(deadline)
                : deadlines.decisionExtended(deadline)).isEqualTo(extended);
    }
}
