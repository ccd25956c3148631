import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The demo's enterprise quality system: a tiny webhook receiver on loopback (make webhook-receiver). It prints each
 * notice QSP delivers, checks its Standard Webhooks signature when WEBHOOK_SECRET is set (the secret shown once when
 * the subscription was made), and answers 503 to the first FAIL_FIRST requests to show the retries.
 * Run as a single source file: java infra/local/webhook-receiver/WebhookReceiver.java
 */
public class WebhookReceiver {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(env("PORT", "9999"));
        String secret = env("WEBHOOK_SECRET", "");
        AtomicInteger failFirst = new AtomicInteger(Integer.parseInt(env("FAIL_FIRST", "0")));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        server.createContext("/hook", exchange -> {
            try (exchange) {
                handle(exchange, secret, failFirst);
            } catch (Exception e) {
                System.out.println("error: " + e);
            }
        });
        server.start();
        System.out.println("webhook receiver on http://127.0.0.1:" + port + "/hook"
                + (secret.isEmpty() ? " (signatures not checked: set WEBHOOK_SECRET)" : " (checking signatures)"));
    }

    private static void handle(HttpExchange exchange, String secret, AtomicInteger failFirst) throws Exception {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
        String check = secret.isEmpty() ? "not checked" : verifies(secret, id, timestamp, body, signature) ? "valid" : "INVALID";
        int status = failFirst.getAndDecrement() > 0 ? 503 : check.equals("INVALID") ? 401 : 200;
        System.out.printf("%s webhook-id=%s signature=%s → %d%n  %s%n", Instant.now(), id, check, status, body);
        exchange.sendResponseHeaders(status, -1);
    }

    /** Standard Webhooks: HMAC-SHA256 over "id.timestamp.body" with the base64 key after "whsec_"; any v1 entry may match. */
    private static boolean verifies(String secret, String id, String timestamp, String body, String header)
            throws Exception {
        if (header == null || !secret.startsWith("whsec_")) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(6)), "HmacSHA256"));
        byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        for (String entry : header.split(" ")) {
            if (entry.startsWith("v1,") && MessageDigest.isEqual(expected, Base64.getDecoder().decode(entry.substring(3)))) {
                return true;
            }
        }
        return false;
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
