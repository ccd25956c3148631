package org.qsp.credit.enterprise;

/**
 * An enterprise's credit standing and a page of its records, newest first, as one caller may see
 * it. {@code internal} is true for regulators: only they see risk classes, the explanation and
 * how many data-quality flags the enterprise has ({@code flags}, 0 for the enterprise itself).
 */
public record CreditFile(Enterprise enterprise, RecordPage records, boolean internal, long flags) {

    /** What the record moved the score by (0 while it is not counted yet). */
    public int points(CreditRecord record) {
        return enterprise.pointsOf(record);
    }
}
