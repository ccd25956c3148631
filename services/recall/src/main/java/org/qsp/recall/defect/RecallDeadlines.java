package org.qsp.recall.defect;

import java.time.Instant;
import java.time.LocalDate;

import org.qsp.platform.calendar.Deadlines;
import org.qsp.recall.RecallProperties;

/**
 * The deadlines of the recall rules on the working-day calendar: the day a period starts is not counted; a period in
 * hours (a food level's start) runs on the clock, holidays included. A deadline in days ends with its last day: it is
 * missed from the first moment of the next day in the authority's time zone ({@link #missedFrom}).
 */
public class RecallDeadlines {

    private final Deadlines deadlines;
    private final RecallProperties rules;

    public RecallDeadlines(Deadlines deadlines, RecallProperties rules) {
        this.deadlines = deadlines;
        this.rules = rules;
    }

    public LocalDate today(Instant now) {
        return deadlines.dayOf(now);
    }

    /** A producer may object to an investigation until this day (inclusive). */
    public LocalDate objection(Instant openedAt) {
        return deadlines.workingDaysAfter(openedAt, rules.objectionWorkingDays());
    }

    /** The last day of an ordered consumer-product recall's plan. */
    public LocalDate plan(Instant orderedAt) {
        return deadlines.workingDaysAfter(orderedAt, rules.planWorkingDays());
    }

    /** When an ordered food recall must have started: 24, 48 or 72 hours after the order, by level. */
    public Instant start(Instant orderedAt, int level) {
        return orderedAt.plus(rules.food().level(level).start());
    }

    /** The last day of a food recall's completion: 10, 20 or 30 working days after its publication, by level. */
    public LocalDate completion(Instant publishedAt, int level) {
        return deadlines.workingDaysAfter(publishedAt, rules.food().level(level).completionWorkingDays());
    }

    /** The last day of the completion summary: 15 working days after the planned end. */
    public LocalDate summary(LocalDate plannedEnd) {
        return deadlines.workingDaysAfter(plannedEnd, rules.summaryWorkingDays());
    }

    /** The last day of the next progress report after {@code previous} (the acceptance, or the last report). */
    public LocalDate nextReport(Instant previous, Classification classification) {
        int cadence = classification.ofFood()
                ? rules.food().level(classification.level()).reportEveryWorkingDays()
                : rules.reportEveryWorkingDays().get(classification.riskLevel());
        return deadlines.workingDaysAfter(previous, cadence);
    }

    /** The first moment a deadline whose last day is {@code lastDay} is missed: the start of the next day. */
    public Instant missedFrom(LocalDate lastDay) {
        return lastDay.plusDays(1).atStartOfDay(deadlines.zone()).toInstant();
    }
}
