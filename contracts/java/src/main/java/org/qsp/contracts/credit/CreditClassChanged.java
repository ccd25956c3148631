package org.qsp.contracts.credit;

import java.time.Instant;

/**
 * An enterprise's risk class moved. Classes are internal (never published): consumers use them
 * for sampling weights. An enterprise with no records holds the starting class of the rule table.
 */
public record CreditClassChanged(String uscc, String previousClass, String currentClass, int score,
        Instant changedAt) {
}
