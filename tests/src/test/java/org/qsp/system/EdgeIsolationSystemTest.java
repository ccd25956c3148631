package org.qsp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.qsp.system.edge.ApiOperation;
import org.qsp.system.edge.OpenApiDocs;
import org.qsp.system.edge.Problem;
import org.qsp.system.edge.RawHttp;
import org.qsp.system.edge.RawRequest;
import org.qsp.system.edge.RawResponse;
import org.qsp.system.edge.Tally;

/**
 * What one client does at the gateway does not change what another gets: anonymous malformed requests, among them
 * one to every operation the services document, leave a regulator's answer and the routes' circuit breakers as they
 * were, and slow uploads (bodies that trickle in) do not
 * delay a valid request by more than {@value #MAX_DELAY_MS} ms over its idle latency. A functional bound on
 * isolation, not a benchmark: the median of several requests after a warm-up, with a margin far above what the
 * gateway adds. The latencies go to {@code tests/target/edge/isolation.md}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EdgeIsolationSystemTest {

    static final long MAX_DELAY_MS = 200;
    private static final int SAMPLES = 15;
    private static final int SLOW_UPLOADS = 40;
    private static final Pattern BREAKER = Pattern.compile(
            "resilience4j_circuitbreaker_(state|calls_seconds_count)\\{([^}]*)\\} ([0-9.E+-]+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Stack stack;
    private static final StringBuilder REPORT = new StringBuilder("# Edge isolation\n\n");

    @BeforeAll
    static void aSettledSystem() {
        stack = Stack.get();
        stack.awaitSettled();
    }

    @Test
    @Order(1)
    void fifty_anonymous_malformed_requests_and_one_to_each_operation_leave_a_regulators_answer_and_the_breakers_as_they_were() {
        String regulator = stack.token("regulator1");
        RawResponse before = get("/api/credit/v1/enterprises?size=5", regulator);
        String breakersBefore = breakers();

        List<String> malformed = new ArrayList<>();
        for (String query : List.of("%", "%ff", "%zz", "=", "=x", "%c0%af", "a=%00", "a=%e2%80%ae", "&=", "%e4%bd")) {
            malformed.add("/api/credit/v1/enterprises?" + query);
            malformed.add("/api/rectification/v1/tasks?" + query);
            malformed.add("/api/complaint/v1/categories?" + query);
        }
        for (String uscc : List.of("x", "91330100MA27XY012C", "%ff", "000000000000000000", "9133010MA27XY012B")) {
            malformed.add("/api/complaint/v1/public/businesses/" + uscc + "/stats");
            malformed.add("/api/complaint/v1/public/regions/" + uscc + "/top-businesses");
        }
        malformed.addAll(Arrays.asList("/api/credit/v1/enterprises/%00", "/api/credit/v1/enterprises/..%2f",
                "/api/credit/v1/enterprises/a;b", "/api/credit/v1/x%c0%af", "/api/credit/v1/enterprises/%",
                "/api/credit/v1/enterprises/%e2%80%ae", "/api/credit/v1/enterprises/%252e",
                "/api/credit/v1/../v1/enterprises", "/api/credit/v1/enterprises/%zz", "/api/credit/v1/enterprises?%%"));
        assertThat(malformed).hasSize(50);
        List<RawRequest> requests = new ArrayList<>(malformed.stream().map(t -> RawRequest.of("GET", t)).toList());
        List<ApiOperation> operations = EdgeCoverage.covered(OpenApiDocs.of(EdgeFuzzSystemTest.uris(stack)));
        operations.forEach(o -> requests.add(RawRequest.of(o.method(), o.path().replaceAll("\\{[^}]+}", "%ff")
                + "?%")));
        List<String> refusedOtherwise = new ArrayList<>();
        for (RawRequest request : requests) {
            RawResponse answer = RawHttp.send(stack.gateway.uri(""), request);
            if (Problem.defect(answer) != null) {
                refusedOtherwise.add(request.method() + " " + request.target() + ": " + Problem.defect(answer));
            }
        }
        RawResponse after = get("/api/credit/v1/enterprises?size=5", regulator);
        String breakersAfter = breakers();
        REPORT.append("## 50 anonymous malformed requests, and one to each of the ").append(operations.size())
                .append(" documented operations (a bad escape in every path value and the query)\n\n")
                .append("All answered 4xx problem+json: ")
                .append(refusedOtherwise.isEmpty()).append("; the regulator's answer the same before and after: ")
                .append(before.status() == after.status() && before.text().equals(after.text()))
                .append("; circuit breakers the same: ").append(breakersBefore.equals(breakersAfter)).append("\n\n```\n")
                .append(breakersAfter).append("```\n\n");
        Tally.write(EdgeFuzzSystemTest.root(), "isolation.md", REPORT.toString());

        assertThat(refusedOtherwise).as("malformed requests not refused with a 4xx problem").isEmpty();
        assertThat(before.status()).as(before.text()).isEqualTo(200);
        assertThat(after.status()).isEqualTo(before.status());
        assertThat(after.text()).isEqualTo(before.text());
        assertThat(breakersAfter).as("the breakers' states and failed calls").isEqualTo(breakersBefore)
                .contains("state=\"closed\"");
    }

    @Test
    @Order(2)
    void slow_uploads_do_not_delay_a_valid_request_through_the_gateway_by_more_than_200_ms() throws Exception {
        String regulator = stack.token("regulator1");
        String path = "/api/rectification/v1/tasks?size=5";
        median(stack.rectification.uri(""), path, regulator);          // warm-up of both ways
        median(stack.gateway.uri(""), path, regulator);
        long direct = median(stack.rectification.uri(""), path, regulator);
        long idle = median(stack.gateway.uri(""), path, regulator);

        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        List<Socket> uploads = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_UPLOADS; i++) {
                uploads.add(slowUpload(regulator, 60_000));
            }
            trickle.scheduleAtFixedRate(() -> uploads.forEach(EdgeIsolationSystemTest::oneMoreByte), 1, 1,
                    TimeUnit.SECONDS);
            long declaredTooLargeAt = System.nanoTime();
            RawResponse tooLarge = readAnswer(slowUpload(regulator, 1_000_000));
            long declaredTooLargeMs = (System.nanoTime() - declaredTooLargeAt) / 1_000_000;

            long during = median(stack.gateway.uri(""), path, regulator);
            assertThat(uploads).as("slow uploads still being received after the measurement")
                    .allMatch(EdgeIsolationSystemTest::stillOpenWithoutAnswer);

            REPORT.append("## A valid request while ").append(SLOW_UPLOADS).append(" uploads trickle in\n\n")
                    .append("Median of ").append(SAMPLES).append(" regulator requests `GET ").append(path)
                    .append("` after a warm-up:\n\n| | ms |\n|---|---:|\n")
                    .append("| directly to rectification, idle | ").append(direct).append(" |\n")
                    .append("| through the gateway, idle | ").append(idle).append(" |\n")
                    .append("| through the gateway, during the slow uploads | ").append(during).append(" |\n\n")
                    .append("The gateway adds ").append(idle - direct).append(" ms idle and ").append(during - direct)
                    .append(" ms during the slow uploads (bound: idle + ").append(MAX_DELAY_MS).append(" ms). ")
                    .append("An upload declaring 1,000,000 bytes got ").append(tooLarge.status()).append(" after ")
                    .append(declaredTooLargeMs).append(" ms.\n");
            Tally.write(EdgeFuzzSystemTest.root(), "isolation.md", REPORT.toString());

            assertThat(tooLarge.status()).isEqualTo(413);
            assertThat(Problem.code(tooLarge)).isEqualTo("payload-too-large");
            assertThat(during).as("median latency during the slow uploads, idle %d ms", idle)
                    .isLessThanOrEqualTo(idle + MAX_DELAY_MS);

            await("the slow uploads are refused once their time is up").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> uploads.stream().noneMatch(EdgeIsolationSystemTest::stillOpenWithoutAnswer));
            for (Socket upload : uploads) {
                RawResponse answer = readAnswer(upload);
                assertThat(answer.status()).as(answer.text()).isEqualTo(408);
                assertThat(Problem.code(answer)).isEqualTo("request-timeout");
            }
        } finally {
            trickle.shutdownNow();
            uploads.forEach(EdgeIsolationSystemTest::close);
        }
    }

    /** The median latency of {@value #SAMPLES} requests one after another, in milliseconds. */
    private static long median(URI base, String path, String token) {
        long[] took = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            RawResponse response = RawHttp.send(base, RawRequest.of("GET", path)
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json"));
            took[i] = (System.nanoTime() - start) / 1_000_000;
            assertThat(response.status()).as(response.text()).isEqualTo(200);
        }
        Arrays.sort(took);
        return took[SAMPLES / 2];
    }

    /** A POST to the measured route that declares {@code length} bytes and sends one; the trickle sends more. */
    private static Socket slowUpload(String token, int length) {
        try {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress(stack.gateway.uri("").getHost(), stack.gateway.uri("").getPort()),
                    5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/rectification/v1/tasks/RT-slow/acknowledgement HTTP/1.1\r\nHost: gateway\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + length + "\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void oneMoreByte(Socket upload) {
        try {
            if (!upload.isClosed()) {
                upload.getOutputStream().write(' ');
                upload.getOutputStream().flush();
            }
        } catch (IOException e) {
            // the gateway answered and closed: nothing more to send
        }
    }

    /** Open and not answered yet: the gateway is still receiving its body. */
    private static boolean stillOpenWithoutAnswer(Socket upload) {
        try {
            return !upload.isClosed() && upload.getInputStream().available() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static RawResponse readAnswer(Socket upload) {
        try {
            InputStream in = upload.getInputStream();
            return RawHttp.read(in, "POST");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    private static RawResponse get(String path, String token) {
        return RawHttp.send(stack.gateway.uri(""), RawRequest.of("GET", path)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json"));
    }

    /**
     * The gateway's circuit breakers as its metrics show them: the state of the routes the requests went to (credit,
     * rectification: another test may have left a killed service's breaker moving between states) and every route's
     * failed calls, one line each.
     */
    private static String breakers() {
        try {
            HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(stack.gateway.uri("/actuator/prometheus"))
                    .header("Authorization", stack.scrapeAuthorization()).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.statusCode()).isEqualTo(200);
            StringBuilder out = new StringBuilder();
            Matcher m = BREAKER.matcher(metrics.body());
            while (m.find()) {
                boolean state = m.group(1).equals("state");
                boolean measured = m.group(2).contains("name=\"credit\"") || m.group(2).contains("name=\"rectification\"");
                if (state ? measured && Double.parseDouble(m.group(3)) > 0 : m.group(2).contains("kind=\"failed\"")) {
                    out.append(m.group(1)).append('{').append(m.group(2)).append("} ").append(m.group(3)).append('\n');
                }
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
