package org.qsp.rectification.notification.web;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.qsp.rectification.notification.NoticeKind;
import org.qsp.rectification.notification.NotificationService;

/**
 * Exactly one of {@code webhookUrl} and {@code email}; {@code kinds} empty or absent means every kind, and names each
 * kind once (a list, so that a kind given twice is refused rather than folded into one).
 */
record SubscriptionRequest(@Size(max = 2048) String webhookUrl, @Email @Size(max = 254) String email,
        @Size(max = 10) List<@NotNull NoticeKind> kinds) {

    NotificationService.Request toRequest() {
        return new NotificationService.Request(webhookUrl, email, kinds);
    }
}
