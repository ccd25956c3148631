package org.qsp.complaint.cases;

import java.time.Instant;
import java.time.LocalDate;

import org.qsp.complaint.ComplaintProperties;
import org.qsp.platform.calendar.Deadlines;

/**
 * The deadlines of the complaint and report rules on the working-day calendar: the day a period starts is not
 * counted; calendar-day periods that end on a day off move to the next working day.
 */
public class CaseDeadlines {

    private final Deadlines deadlines;
    private final ComplaintProperties rules;

    public CaseDeadlines(Deadlines deadlines, ComplaintProperties rules) {
        this.deadlines = deadlines;
        this.rules = rules;
    }

    public LocalDate today(Instant now) {
        return deadlines.dayOf(now);
    }

    /** Accept or not within 7 working days of receipt. */
    public LocalDate acceptance(Instant receivedAt) {
        return deadlines.workingDaysAfter(receivedAt, rules.acceptanceWorkingDays());
    }

    /** Mediation ends within 45 working days of acceptance. */
    public LocalDate mediation(Instant acceptedAt) {
        return deadlines.workingDaysAfter(acceptedAt, rules.mediationWorkingDays());
    }

    /** A mediation deadline moved by the working days a pause (testing, recusal) took. */
    public LocalDate mediationAfterPause(LocalDate deadline, Instant pausedAt, Instant resumedAt) {
        int paused = workingDaysBetween(deadlines.dayOf(pausedAt), deadlines.dayOf(resumedAt));
        return paused == 0 ? deadline : deadlines.workingDaysAfter(deadline, paused);
    }

    /** Both parties are told of the end of a mediation within 7 working days. */
    public LocalDate notification(Instant concludedAt) {
        return deadlines.workingDaysAfter(concludedAt, rules.notificationWorkingDays());
    }

    /** A violation found in mediation is checked as a lead within 15 working days. */
    public LocalDate leadCheck(Instant concludedAt) {
        return deadlines.workingDaysAfter(concludedAt, rules.leadCheckWorkingDays());
    }

    /** A report's lead is verified within 15 working days of acceptance. */
    public LocalDate verification(Instant acceptedAt) {
        return deadlines.workingDaysAfter(acceptedAt, rules.verificationWorkingDays());
    }

    public LocalDate verificationExtended(LocalDate deadline) {
        return deadlines.workingDaysAfter(deadline, rules.verificationExtensionWorkingDays());
    }

    /** A report is decided within 90 days of acceptance. */
    public LocalDate decision(Instant acceptedAt) {
        return deadlines.calendarDaysAfter(acceptedAt, rules.decisionDays());
    }

    public LocalDate decisionExtended(LocalDate deadline) {
        return deadlines.calendarDaysAfter(deadline, rules.decisionExtensionDays());
    }

    /** A named reporter is told within 5 working days of the decision. */
    public LocalDate reporterNotification(Instant decidedAt) {
        return deadlines.workingDaysAfter(decidedAt, rules.reporterNotificationWorkingDays());
    }

    /** Working days after {@code from} up to and including {@code to}. */
    int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        while (!deadlines.workingDaysAfter(from, count + 1).isAfter(to)) {
            count++;
        }
        return count;
    }
}
