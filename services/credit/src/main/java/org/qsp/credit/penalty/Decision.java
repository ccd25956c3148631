package org.qsp.credit.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A penalty decision (行政处罚决定书) as the regulator records it. No person is named: neither the officers who decided
 * it nor the enterprise's legal representative.
 *
 * @param decisionNumber the decision's number (文书号), unique: the natural key of the penalty
 * @param region         the GB/T 2260 region of the enterprise (the region of the authority that supervises it)
 * @param fineAmount     the fine in CNY (required for a fine, optional otherwise: a confiscation's value)
 * @param serious        a serious violation (严重违法): with a heavier penalty it puts the enterprise on the
 *                       serious-dishonesty list
 */
public record Decision(String decisionNumber, String uscc, String enterpriseName, String region, PenaltyKind kind,
        BigDecimal fineAmount, String violation, boolean serious, ProductDomain domain, LocalDate decidedAt) {

    /** What a replay must repeat exactly: every field, the amount by its value (50000 and 50000.00 are one fine). */
    String fingerprintText() {
        return String.join("\n", decisionNumber, uscc, enterpriseName, region, kind.name(),
                fineAmount == null ? "" : fineAmount.stripTrailingZeros().toPlainString(), violation,
                Boolean.toString(serious), domain.name(), decidedAt.toString());
    }
}
