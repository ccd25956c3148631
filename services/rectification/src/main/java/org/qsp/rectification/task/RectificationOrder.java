package org.qsp.rectification.task;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The authority's order (责令整改): when it was made, the day by which the enterprise corrects,
 * the day by which the authority re-checks, and whether production and sale of the same product
 * stop at once.
 */
public record RectificationOrder(Instant orderedAt, LocalDate correctionDeadline, LocalDate recheckDue,
        boolean stopSaleRequired) {

    RectificationOrder withCorrectionDeadline(LocalDate day) {
        return new RectificationOrder(orderedAt, day, recheckDue, stopSaleRequired);
    }

    RectificationOrder withRecheckDue(LocalDate day) {
        return new RectificationOrder(orderedAt, correctionDeadline, day, stopSaleRequired);
    }
}
