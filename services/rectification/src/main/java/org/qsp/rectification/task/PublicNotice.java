package org.qsp.rectification.task;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The province's public notice (公告) after a failed re-check: its id, the province that publishes it ({@code region},
 * xx0000), when, whom and what it names (enterprise, product, what failed), its text, and the window of the second
 * re-check it opens: from day 60 ({@code secondRecheckFrom}) to day 90 ({@code secondRecheckBy}) after the notice.
 */
public record PublicNotice(String id, String region, Instant publishedAt, String enterprise, String uscc,
        String product, String sampleId, String failure, String text, LocalDate secondRecheckFrom,
        LocalDate secondRecheckBy) {

    PublicNotice secondRecheckBy(LocalDate until) {
        return new PublicNotice(id, region, publishedAt, enterprise, uscc, product, sampleId, failure, text,
                secondRecheckFrom, until);
    }
}
