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

    public RectificationPolicy(Deadlines deadlines, int correctionDays, int recheckDays) {
        this.deadlines = deadlines;
        this.correctionDays = correctionDays;
        this.recheckDays = recheckDays;
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
