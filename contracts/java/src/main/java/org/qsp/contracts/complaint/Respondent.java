package org.qsp.contracts.complaint;

/**
 * The business a complaint or report is about, as the complainant named it and intake checked it.
 * {@code uscc} is null when the complainant did not know it (a market stall, an online shop name);
 * consumers that key on the enterprise (credit, rectification) then have nothing to record.
 * {@code region} is the GB/T 2260 code where it operates: it decides the competent authority.
 */
public record Respondent(String uscc, String name, String region) {
}
