package org.qsp.rectification.notification;

import java.time.Instant;
import java.time.LocalDate;

import org.qsp.contracts.rectification.RectificationTaskOpened;

/**
 * A notice as it is sent to the enterprise (the JSON body of a webhook, the facts of an email), kept with each
 * delivery so that every attempt sends the same bytes. {@code noticeId} is {@code <taskId>:<kind>}.
 */
public record NoticeMessage(String noticeId, NoticeKind kind, String taskId, String sourceType, String sourceId,
        String uscc, String enterpriseName, String region, String productName, Instant orderedAt,
        LocalDate correctionDeadline, LocalDate recheckDue, boolean stopSaleRequired, Instant issuedAt) {

    public static NoticeMessage orderOf(RectificationTaskOpened opened, Instant issuedAt) {
        return new NoticeMessage(opened.taskId() + ":" + NoticeKind.RECTIFICATION_ORDER, NoticeKind.RECTIFICATION_ORDER,
                opened.taskId(), opened.sourceType(), opened.sourceId(), opened.enterprise().uscc(),
                opened.enterprise().name(), opened.enterprise().region(), opened.productName(), opened.orderedAt(),
                opened.correctionDeadline(), opened.recheckDue(), opened.stopSaleRequired(), issuedAt);
    }
}
