package org.qsp.rectification.notification.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.qsp.rectification.notification.Channel;
import org.qsp.rectification.notification.NoticeKind;
import org.qsp.rectification.notification.SigningSecret;
import org.qsp.rectification.notification.Subscription;
import org.qsp.rectification.notification.SubscriptionStatus;

/**
 * A subscription as its enterprise sees it. {@code secret} is present only in the answer that created it or rotated
 * it; {@code secrets} tells, without their values, which secrets sign now and until when.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SubscriptionView(String id, Channel channel, String webhookUrl, String email, List<NoticeKind> kinds,
        SubscriptionStatus status, Instant createdAt, List<SecretView> secrets, String secret) {

    record SecretView(Instant createdAt, Instant retiresAt) {
    }

    static SubscriptionView of(Subscription s, Instant now) {
        return withSecret(s, now, null);
    }

    static SubscriptionView withSecret(Subscription s, Instant now, SigningSecret shownOnce) {
        boolean webhook = s.channel() == Channel.WEBHOOK;
        return new SubscriptionView(s.id(), s.channel(), webhook ? s.target() : null, webhook ? null : s.target(),
                s.kinds(), s.status(), s.createdAt(),
                webhook ? s.signingSecrets(now).stream().map(k -> new SecretView(k.createdAt(), k.retiresAt())).toList()
                        : null,
                shownOnce == null ? null : shownOnce.value());
    }
}
