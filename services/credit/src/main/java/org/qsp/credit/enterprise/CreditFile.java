package org.qsp.credit.enterprise;

import java.util.List;

/**
 * An enterprise's credit standing and its records, newest first, as one caller may see it.
 * {@code internal} is true for regulators: only they see risk classes and the explanation.
 */
public record CreditFile(Enterprise enterprise, List<CreditRecord> records, boolean internal) {

    public CreditFile {
        records = List.copyOf(records);
    }
}
