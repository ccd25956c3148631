package org.qsp.inspection.sample;

import java.time.Instant;
import java.time.LocalDate;

import org.qsp.platform.calendar.Deadlines;

/**
 * How long an enterprise has to contest a FAIL, counted on the platform's working-day calendar from the result
 * notice (DOMAIN.md §3 and §8; the day of the notice is not counted): an objection within
 * {@code objectionDays} calendar days for manufactured products (a last day on a holiday moves to the next working
 * day), a re-test application within {@code retestWorkingDays} working days for food and agricultural products.
 */
public final class ContestWindows {

    private final Deadlines deadlines;
    private final int objectionDays;
    private final int retestWorkingDays;

    public ContestWindows(Deadlines deadlines, int objectionDays, int retestWorkingDays) {
        this.deadlines = deadlines;
        this.objectionDays = objectionDays;
        this.retestWorkingDays = retestWorkingDays;
    }

    /** The last day the enterprise may contest a FAIL of this class notified at {@code noticeAt}. */
    public LocalDate lastDay(ProductClass productClass, Instant noticeAt) {
        return productClass.contestedByRetest() ? deadlines.workingDaysAfter(noticeAt, retestWorkingDays)
                : deadlines.calendarDaysAfter(noticeAt, objectionDays);
    }

    /** The day of {@code now} in the authority's time zone. */
    public LocalDate today(Instant now) {
        return deadlines.dayOf(now);
    }
}
