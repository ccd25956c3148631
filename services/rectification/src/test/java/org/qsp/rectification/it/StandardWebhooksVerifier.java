package org.qsp.rectification.it;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The receiver's side of the Standard Webhooks scheme, written from the specification and independent of the
 * service's signer: the secret is {@code whsec_} + base64 key; the signed content is {@code id.timestamp.body}; the
 * header holds space-separated {@code v1,<base64>} entries, any one of which may match (compared in constant time).
 */
final class StandardWebhooksVerifier {

    private StandardWebhooksVerifier() {
    }

    static boolean verifies(String secret, String id, String timestamp, String body, String signatureHeader) {
        try {
            if (!secret.startsWith("whsec_") || signatureHeader == null) {
                return false;
            }
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                    "HmacSHA256"));
            byte[] expected = hmac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String entry : signatureHeader.split(" ")) {
                int comma = entry.indexOf(',');
                if (comma < 0 || !entry.substring(0, comma).equals("v1")) {
                    continue;
                }
                byte[] given = Base64.getDecoder().decode(entry.substring(comma + 1));
                if (MessageDigest.isEqual(expected, given)) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }
}
