package org.qsp.rectification.task;

import java.time.Instant;

import org.qsp.platform.calendar.Deadlines;

/**
 * The terms of an order after a failed sample (product sampling rules Art. 44–50): the enterprise
 * stops producing and selling the same product at once, corrects within {@code correctionDays}
 * calendar days of the order, and the authority re-checks within {@code recheckDays}.
 */
public class RectificationPolicy {

    private final Deadlines deadlines;
    private final int correctionDays;
    private final int recheckDays;
    private final int secondRecheckFromDays;
    private final int secondRecheckByDays;

    public RectificationPolicy(Deadlines deadlines, int correctionDays, int recheckDays) {
        this(deadlines, correctionDays, recheckDays, 60, 90);
    }

    /**
     * @param secondRecheckFromDays calendar days after the public notice from which the second re-check is due (60)
     * @param secondRecheckByDays   calendar days after the public notice by which it is done (90)
     */
    public RectificationPolicy(Deadlines deadlines, int correctionDays, int recheckDays, int secondRecheckFromDays,
            int secondRecheckByDays) {
        this.deadlines = deadlines;
        this.correctionDays = correctionDays;
        this.recheckDays = recheckDays;
        this.secondRecheckFromDays = secondRecheckFromDays;
        this.secondRecheckByDays = secondRecheckByDays;
    }

    /**
     * The second re-check's window after a public notice published at {@code publishedAt}: from day 60 to day 90
     * after it, calendar days in the authority's time zone (DOMAIN.md §4, §8).
     */
    public SecondRecheckWindow secondRecheckWindow(Instant publishedAt) {
        return new SecondRecheckWindow(deadlines.calendarDaysAfter(publishedAt, secondRecheckFromDays),
                deadlines.calendarDaysAfter(publishedAt, secondRecheckByDays));
    }

    /** The authority's day of {@code at}. */
    public java.time.LocalDate dayOf(Instant at) {
        return deadlines.dayOf(at);
    }

    public RectificationOrder afterFailedSample(Instant orderedAt) {
        return order(orderedAt, true);
    }

    /**
     * The order after a substantiated report: the same deadlines from the decision; no stop-sale duty of its own
     * (that belongs to a failed sample of the same product).
     */
    public RectificationOrder afterSubstantiatedReport(Instant decidedAt) {
        return order(decidedAt, false);
    }

    /**
     * The order after an ordered recall: the same deadlines from the order, and the stop of production and sale that
     * a recall means (DOMAIN.md §6).
     */
    public RectificationOrder afterOrderedRecall(Instant orderedAt) {
        return order(orderedAt, true);
    }

    private RectificationOrder order(Instant orderedAt, boolean stopSale) {
        return new RectificationOrder(orderedAt, deadlines.calendarDaysAfter(orderedAt, correctionDays),
                deadlines.calendarDaysAfter(orderedAt, recheckDays), stopSale);
    }
}
