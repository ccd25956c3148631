package org.qsp.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.qsp.platform.security.VerifiedTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the gateway refuses itself, before a service is called, and that a client's fault never opens a route's
 * breaker. Every refusal is problem+json with a stable code. The rate limit is set low here (see {@code
 * RateLimitTest} for its own context) only where a test says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {GatewayApplication.class, TestTokens.class},
        properties = {"spring.http.clients.read-timeout=2s", "qsp.gateway.body.read-timeout=1s",
                "server.tomcat.connection-timeout=1s", "qsp.security.scrape-password=scrape-secret",
                "qsp.gateway.rate-limit.authenticated=1000"})
class GatewayEdgeTest {

    private static final StubService credit = StubService.start();
    private static final String TOKEN = TestTokens.regulator("regulator1");

    @LocalServerPort
    int port;

    @Autowired
    JwtDecoder jwtDecoder;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void routesToStub(DynamicPropertyRegistry registry) {
        registry.add("QSP_CREDIT_URI", credit::uri);
    }

    @AfterAll
    static void stopStub() {
        credit.stop();
    }

    @BeforeEach
    void serviceAnswers() {
        credit.reset(StubService.Answer.json(200, "{\"items\":[]}"));
    }

    @Test
    void an_anonymous_request_to_a_non_public_route_gets_401_problem_and_is_never_proxied() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/api/credit/v1/enterprises")).GET());

        assertProblem(response, 401, "unauthorized");
        assertThat(credit.receivedCount()).isZero();
    }

    @Test
    void a_token_that_is_expired_or_signed_by_another_key_gets_401() throws Exception {
        for (String token : new String[] {TestTokens.expired("regulator1"), TestTokens.signedByAnotherKey("x"),
                "not-a-jwt"}) {
            assertProblem(send(get("/api/credit/v1/enterprises", token)), 401, "unauthorized");
        }
        assertThat(credit.receivedCount()).isZero();
    }

    @Test
    void a_token_accepted_once_is_kept_while_valid_and_a_tampered_copy_of_it_still_gets_401() throws Exception {
        assertThat(jwtDecoder).isInstanceOf(VerifiedTokens.class);
        assertThat(send(get("/api/credit/v1/enterprises", TOKEN)).statusCode()).isEqualTo(200);
        assertThat(send(get("/api/credit/v1/enterprises", TOKEN)).statusCode()).isEqualTo(200);

        char last = TOKEN.charAt(TOKEN.length() - 2);
        String tampered = TOKEN.substring(0, TOKEN.length() - 2) + (last == 'A' ? 'B' : 'A')
                + TOKEN.charAt(TOKEN.length() - 1);
        assertProblem(send(get("/api/credit/v1/enterprises", tampered)), 401, "unauthorized");
        assertThat(credit.receivedCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"?%", "?%ff", "?%zz", "?=", "?a=%c0%af", "?a=%00"})
    void a_malformed_query_gets_400_problem_at_the_gateway(String query) throws Exception {
        RawAnswer response = raw("GET /api/credit/v1/enterprises" + query + " HTTP/1.1\r\n"
                + "Host: localhost\r\nConnection: close\r\n\r\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(json(response.body()).path("code").asString()).isIn("malformed-url", "bad-request");
        assertThat(credit.receivedCount()).isZero();
    }

    @Test
    void fifty_anonymous_malformed_requests_do_not_change_what_a_valid_caller_gets() throws Exception {
        assertThat(send(get("/api/credit/v1/enterprises", TOKEN)).statusCode()).isEqualTo(200);

        for (int i = 0; i < 50; i++) {
            assertThat(raw("GET /api/credit/v1/enterprises?%" + (i % 2 == 0 ? "" : "zz") + " HTTP/1.1\r\n"
                    + "Host: localhost\r\nConnection: close\r\n\r\n").statusCode()).isEqualTo(400);
        }

        HttpResponse<String> after = send(get("/api/credit/v1/enterprises", TOKEN));
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).isEqualTo("{\"items\":[]}");
    }

    @Test
    void a_services_4xx_answers_never_open_its_breaker() throws Exception {
        credit.reset(new StubService.Answer(404, "application/problem+json", "{\"code\":\"not-found\"}",
                Duration.ZERO));
        for (int i = 0; i < 30; i++) {
            assertThat(send(get("/api/credit/v1/enterprises/x" + i, TOKEN)).statusCode()).isEqualTo(404);
        }
        credit.reset(StubService.Answer.json(200, "{\"items\":[]}"));

        assertThat(send(get("/api/credit/v1/enterprises", TOKEN)).statusCode()).isEqualTo(200);
    }

    @Test
    void a_body_above_the_routes_limit_gets_413_without_being_proxied() throws Exception {
        byte[] body = ("{\"a\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = send(post("/api/credit/v1/enterprises", "application/json",
                HttpRequest.BodyPublishers.ofByteArray(body)));

        assertProblem(response, 413, "payload-too-large");
        assertThat(credit.receivedCount()).isZero();
    }

    @Test
    void a_declared_length_above_the_limit_gets_413_at_once() throws Exception {
        assertRefusedHere(raw("POST /api/credit/v1/enterprises HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + TOKEN + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: 1000000\r\n\r\n{}"), 413, "payload-too-large");
    }

    @Test
    void a_body_that_stops_arriving_gets_408_and_never_reaches_the_service() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/credit/v1/enterprises HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + TOKEN + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();

            HttpResponse<String> valid = send(get("/api/credit/v1/enterprises", TOKEN));
            assertThat(valid.statusCode()).as("a valid caller is served meanwhile").isEqualTo(200);

            String answer = readAll(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 408");
            assertThat(answer).contains("application/problem+json").contains("\"code\":\"request-timeout\"");
        }
        assertThat(credit.receivedCount()).as("only the valid caller's request was proxied").isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/*", "application/json; charset=ISO-8859-1", "text/plain; charset=utf-16",
            "not a media type"})
    void a_content_type_that_is_a_pattern_or_not_utf8_gets_415_problem(String contentType) throws Exception {
        HttpResponse<String> response = send(post("/api/credit/v1/enterprises", contentType,
                HttpRequest.BodyPublishers.ofString("{}")));

        assertProblem(response, 415, "unsupported-media-type");
        assertThat(credit.receivedCount()).isZero();
    }

    @Test
    void a_content_encoding_gets_415_problem() throws Exception {
        HttpResponse<String> response = send(post("/api/credit/v1/enterprises", "application/json",
                HttpRequest.BodyPublishers.ofString("{}")).header("Content-Encoding", "gzip"));

        assertProblem(response, 415, "unsupported-encoding");
    }

    @Test
    void a_body_that_is_not_utf8_gets_400_problem_and_is_not_proxied() throws Exception {
        byte[] overlong = {'{', '"', 'a', '"', ':', '"', (byte) 0xc0, (byte) 0xaf, '"', '}'};

        HttpResponse<String> response = send(post("/api/credit/v1/enterprises", "application/json",
                HttpRequest.BodyPublishers.ofByteArray(overlong)));

        assertProblem(response, 400, "malformed-request");
        assertThat(credit.receivedCount()).isZero();
    }

    @Test
    void what_tomcat_refuses_itself_is_problem_json_too() throws Exception {
        RawAnswer nul = raw("GET /api/credit/v1/a%00b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.contentType()).isEqualTo("application/problem+json");

        RawAnswer hugeHeader = raw("GET /api/credit/v1/enterprises HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Big: " + "a".repeat(10_000) + "\r\nConnection: close\r\n\r\n");
        assertThat(hugeHeader.statusCode()).isBetween(400, 499);
        assertThat(hugeHeader.contentType()).isEqualTo("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Content-Length: 4\r\nTransfer-Encoding: chunked",
            "Transfer-Encoding: chunked\r\nContent-Length: 4", "transfer-encoding: chunked\r\nX-A: b\r\ncontent-length: 4"})
    void a_request_framed_ambiguously_gets_400_problem_before_anything_reads_it(String headers) throws Exception {
        assertRefusedHere(raw("POST /api/credit/v1/enterprises HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + TOKEN + "\r\nContent-Type: application/json\r\n" + headers
                + "\r\n\r\n2\r\n{}\r\n0\r\n\r\n"), 400, "ambiguous-request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTP/2.0", "HTTP/1.2", "HTTP/9.9"})
    void a_protocol_version_tomcat_does_not_speak_gets_400_problem_not_505(String version) throws Exception {
        RawAnswer response = raw("GET /api/credit/v1/enterprises " + version + "\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void a_header_with_a_control_character_gets_400_problem_not_a_firewall_500() throws Exception {
        assertRefusedHere(raw("GET /api/credit/v1/enterprises HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TOKEN + "\r\nIdempotency-Key: \u00e4\u00b8\u00ad\u00e6\u0096\u0087\r\nConnection: close\r\n\r\n"),
                400, "malformed-header");
    }

    @Test
    void a_form_body_reaches_the_service_as_it_was_sent() throws Exception {
        HttpResponse<String> response = send(post("/api/credit/v1/enterprises", "application/x-www-form-urlencoded",
                HttpRequest.BodyPublishers.ofString("a=1&b=%7B%7D")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(credit.nextRequest().body()).isEqualTo("a=1&b=%7B%7D");
    }

    @Test
    void a_form_body_above_the_routes_limit_gets_413_like_any_other() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/api/credit/v1/enterprises/x"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(HttpRequest.BodyPublishers.ofString("a=" + "x".repeat(70_000))));

        assertProblem(response, 413, "payload-too-large");
        assertThat(credit.receivedCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/credit/v1/../x", "/api/credit/v1/a;b", "/api/credit/v1/a%2e%2e/b"})
    void what_the_firewall_refuses_is_problem_json(String path) throws Exception {
        RawAnswer response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(credit.receivedCount()).isZero();
    }

    @Test
    void metrics_need_the_scrape_credential_and_health_beyond_the_probes_needs_a_token() throws Exception {
        assertProblem(send(HttpRequest.newBuilder(gateway("/actuator/prometheus")).GET()), 401, "unauthorized");
        String basic = Base64.getEncoder().encodeToString("prometheus:scrape-secret".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> scraped = send(HttpRequest.newBuilder(gateway("/actuator/prometheus"))
                .header("Authorization", "Basic " + basic).GET());
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("http_server_requests");

        assertProblem(send(HttpRequest.newBuilder(gateway("/actuator/health")).GET()), 401, "unauthorized");
        assertThat(send(HttpRequest.newBuilder(gateway("/actuator/health/readiness")).GET()).statusCode())
                .isEqualTo(200);
        assertThat(send(get("/actuator/health", TOKEN)).body()).contains("\"status\":\"UP\"");
    }

    @Test
    void an_unknown_path_gets_404_problem() throws Exception {
        assertProblem(send(get("/nowhere", TOKEN)), 404, "not-found");
    }

    private HttpRequest.Builder get(String path, String token) {
        return HttpRequest.newBuilder(gateway(path)).header("Authorization", "Bearer " + token).GET();
    }

    private HttpRequest.Builder post(String path, String contentType, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(gateway(path)).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", contentType).POST(body);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Bytes an HTTP client library would refuse to send, over a plain socket; the answer parsed minimally. */
    private RawAnswer raw(String request) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return RawAnswer.parse(readAll(socket.getInputStream()));
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                if (RawAnswer.complete(out.toString(StandardCharsets.UTF_8))) {
                    break;
                }
            }
        } catch (java.net.SocketException e) {
            // the server closed after answering (Connection: close on a refused body)
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A raw request refused by the gateway itself: the status and code given, and nothing proxied. */
    private static void assertRefusedHere(RawAnswer response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(json(response.body()).path("code").asString()).isEqualTo(code);
        assertThat(credit.receivedCount()).isZero();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response.body()).path("code").asString()).isEqualTo(code);
    }

    private URI gateway(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static JsonNode json(String body) {
        return JsonMapper.shared().readTree(body);
    }

    /** An HTTP/1.1 answer read off a socket: status, content type and body (Content-Length framed). */
    record RawAnswer(int statusCode, String contentType, String body) {

        static RawAnswer parse(String text) {
            int headEnd = text.indexOf("\r\n\r\n");
            String head = headEnd < 0 ? text : text.substring(0, headEnd);
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            String type = null;
            for (String line : lines) {
                if (line.regionMatches(true, 0, "Content-Type:", 0, 13)) {
                    type = line.substring(13).strip();
                }
            }
            return new RawAnswer(status, type, headEnd < 0 ? "" : text.substring(headEnd + 4));
        }

        static boolean complete(String text) {
            int headEnd = text.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                return false;
            }
            for (String line : text.substring(0, headEnd).split("\r\n")) {
                if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                    int length = Integer.parseInt(line.substring(15).strip());
                    return text.getBytes(StandardCharsets.UTF_8).length - (headEnd + 4) >= length;
                }
            }
            return false;
        }
    }
}
