package org.qsp.contracts.rectification;

import java.time.Instant;
import java.time.LocalDate;

import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.ProductRef;

/**
 * The re-check of round 1 failed: the province publishes a public notice (公告) {@code noticeId} naming the
 * enterprise, the product and what failed, and the second re-check is due between {@code secondRecheckFrom} (day 60
 * after the notice) and {@code secondRecheckBy} (day 90). {@code publishingRegion} is the province's code (xx0000).
 * Key: taskId.
 */
public record RectificationNoticePublished(String taskId, String noticeId, EnterpriseRef enterprise,
        ProductRef product, String publishingRegion, String sampleId, String failure, String text,
        LocalDate secondRecheckFrom, LocalDate secondRecheckBy, Instant publishedAt) {
}
