package org.qsp.rectification.notification.messaging;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.qsp.rectification.notification.SigningSecret;

/**
 * The Standard Webhooks signature: {@code v1,<base64 HMAC-SHA256 over "<webhook-id>.<webhook-timestamp>.<body>">},
 * one per valid secret, separated by spaces (a receiver accepts the message when any one of them verifies).
 */
final class WebhookSignature {

    private WebhookSignature() {
    }

    static String header(String id, long timestamp, String body, List<SigningSecret> secrets) {
        return secrets.stream().map(s -> "v1," + sign(s.key(), id + "." + timestamp + "." + body))
                .collect(Collectors.joining(" "));
    }

    private static String sign(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
