package org.qsp.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Logs a user in the way a browser and a public client do: authorization code with PKCE (S256),
 * through the identity service's login form. Depends only on the JDK and Jackson 3.
 *
 * <pre>{@code
 * String token = PkceLogin.cli(URI.create("http://localhost:9000")).accessToken("ent-a", "qsp-demo");
 * }</pre>
 */
public final class PkceLogin {

    public static final String CLI_CLIENT_ID = "qsp-cli";
    public static final URI CLI_REDIRECT_URI = URI.create("http://127.0.0.1:8400/callback");

    private static final Pattern CSRF_INPUT = Pattern.compile(
            "<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI identity;
    private final String clientId;
    private final URI redirectUri;

    public PkceLogin(URI identity, String clientId, URI redirectUri) {
        this.identity = identity;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
    }

    public static PkceLogin cli(URI identity) {
        return new PkceLogin(identity, CLI_CLIENT_ID, CLI_REDIRECT_URI);
    }

    /** The access token for the user; fails with {@link LoginFailed} when the login is refused. */
    public String accessToken(String username, String password) {
        return tokens(username, password).path("access_token").asString();
    }

    /** The token endpoint's JSON answer (access_token, id_token, expires_in, ...). */
    public JsonNode tokens(String username, String password) {
        String verifier = randomUrlSafe(32);
        String code = authorizationCode(username, password, challenge(verifier))
                .orElseThrow(() -> new LoginFailed("no authorization code for " + username));
        return exchange(code, verifier);
    }

    /** Runs the browser part of the flow; empty when the login form does not accept the credentials. */
    public Optional<String> authorizationCode(String username, String password, String codeChallenge) {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT)
                .build();
        String state = UUID.randomUUID().toString();
        URI authorize = identity.resolve("/oauth2/authorize?" + form(Map.of(
                "response_type", "code",
                "client_id", clientId,
                "redirect_uri", redirectUri.toString(),
                "scope", "openid profile",
                "state", state,
                "code_challenge", codeChallenge,
                "code_challenge_method", "S256")));

        URI loginPage = redirectOf(send(browser, get(authorize)), authorize);
        String csrf = csrfToken(send(browser, get(loginPage)).body());
        HttpResponse<String> loggedIn = send(browser, post(identity.resolve("/login"), form(Map.of(
                "username", username, "password", password, "_csrf", csrf))));
        URI afterLogin = redirectOf(loggedIn, identity);
        if (afterLogin.getPath().equals("/login")) return Optional.empty();

        URI callback = redirectOf(send(browser, get(afterLogin)), afterLogin);
        if (!callback.toString().startsWith(redirectUri.toString())) {
            throw new LoginFailed("expected a redirect to " + redirectUri + " but got " + callback);
        }
        Map<String, String> query = queryOf(callback);
        if (!state.equals(query.get("state"))) throw new LoginFailed("state mismatch in " + callback);
        return Optional.ofNullable(query.get("code"));
    }

    /** Trades an authorization code for tokens; fails with {@link LoginFailed} unless the endpoint answers 200. */
    public JsonNode exchange(String code, String verifier) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        HttpResponse<String> response = send(client, post(identity.resolve("/oauth2/token"), form(Map.of(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", redirectUri.toString(),
                "client_id", clientId,
                "code_verifier", verifier))));
        if (response.statusCode() != 200) {
            throw new LoginFailed("token endpoint answered " + response.statusCode() + ": " + response.body());
        }
        return JsonMapper.shared().readTree(response.body());
    }

    public static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String csrfToken(String loginPage) {
        Matcher matcher = CSRF_INPUT.matcher(loginPage);
        if (!matcher.find()) throw new LoginFailed("no CSRF token in the login page");
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    private static URI redirectOf(HttpResponse<String> response, URI base) {
        if (response.statusCode() / 100 != 3) {
            throw new LoginFailed("expected a redirect from " + response.uri() + " but got " + response.statusCode());
        }
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new LoginFailed("redirect without Location from " + response.uri()));
        return base.resolve(location);
    }

    private static Map<String, String> queryOf(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        if (uri.getRawQuery() == null) return query;
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
        }
        return query;
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "text/html").GET().build();
    }

    private static HttpRequest post(URI uri, String form) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LoginFailed("cannot reach " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginFailed("interrupted while calling " + request.uri(), e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    public static final class LoginFailed extends RuntimeException {
        LoginFailed(String message) {
            super(message);
        }

        LoginFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
