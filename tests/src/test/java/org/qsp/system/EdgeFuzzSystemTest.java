package org.qsp.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.qsp.system.edge.ApiOperation;
import org.qsp.system.edge.BaseRequest;
import org.qsp.system.edge.Malformations;
import org.qsp.system.edge.Malformed;
import org.qsp.system.edge.OpenApiDocs;
import org.qsp.system.edge.Problem;
import org.qsp.system.edge.RawHttp;
import org.qsp.system.edge.RawRequest;
import org.qsp.system.edge.RawResponse;
import org.qsp.system.edge.Tally;
import tools.jackson.databind.JsonNode;

/**
 * Malformed requests to every write operation the services document (generated from their OpenAPI documents, a
 * valid base request per operation and the hostile values of the edge), each sent directly to its service and
 * through the gateway: every answer is a 4xx problem+json with a stable code, none is a 2xx or a 5xx (but the 200 of
 * a phone's batch that answers its one item INVALID, {@link EdgeFixtures#ITEM_REFUSALS}), and once the system has
 * settled nothing was stored or published. The counts per operation go to
 * {@code tests/target/edge/fuzz.md}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EdgeFuzzSystemTest {

    static final int AT_LEAST = 500;
    /**
     * For an operation that takes no input at all (no parameter, no body: a command such as ADMIN's re-classification
     * run), only the malformations of the request itself apply (headers, tokens, content types, a body it does not
     * take): about 300 today, so its floor is lower.
     */
    static final int AT_LEAST_WITHOUT_INPUT = 250;
    private static final int SENDERS = 4;

    private static Stack stack;
    private static Map<ApiOperation, BaseRequest> bases;
    private static EdgeWorld world;

    private record Answer(Malformed malformed, String route, RawResponse response) {
    }

    /** A malformed request answered differently directly and via the gateway: in status, or in code only. */
    private record Difference(boolean inStatus, String line) {
    }

    @BeforeAll
    static void theOperationsAndTheirBaseRequests() {
        stack = Stack.get();
        world = EdgeWorld.create(stack);
        List<ApiOperation> operations = EdgeCoverage.covered(OpenApiDocs.of(uris(stack)));
        bases = EdgeFixtures.of(operations, EdgeFixtures.bases(world));
    }

    @AfterAll
    static void theWorldIsClosed() {
        if (world != null) {
            world.close();
        }
    }

    static Map<String, URI> uris(Stack stack) {
        Map<String, URI> uris = new LinkedHashMap<>();
        stack.services().forEach((name, process) -> uris.put(name, process.uri("")));
        return uris;
    }

    @Test
    @Order(1)
    void every_malformed_request_to_a_write_operation_gets_a_4xx_problem_and_stores_nothing_directly_and_via_the_gateway()
            throws Exception {
        Map<ApiOperation, List<Malformed>> malformed = new LinkedHashMap<>();
        bases.forEach((operation, base) -> malformed.put(operation,
                Malformations.of(operation, base, stack.token(base.user()))));
        Map<String, Integer> generated = new LinkedHashMap<>();
        malformed.forEach((operation, requests) -> generated.put(operation.key(), requests.size()));
        Map<String, Integer> floors = new LinkedHashMap<>();
        bases.keySet().forEach(operation -> floors.put(operation.key(),
                operation.parameters().isEmpty() && operation.body() == null ? AT_LEAST_WITHOUT_INPUT : AT_LEAST));
        assertThat(generated).as("malformed requests per write operation, at least %d each (%d for one without input)",
                AT_LEAST, AT_LEAST_WITHOUT_INPUT).allSatisfy((operation, count) -> assertThat(count).as(operation)
                        .isGreaterThanOrEqualTo(floors.get(operation)));

        stack.awaitSettled();
        StoreSnapshot before = stack.snapshot();
        int recordsBefore = stack.recorder.records().size();
        long started = System.nanoTime();
        List<Answer> answers = sendAll(malformed);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        stack.awaitSettled();
        List<String> stored = before.changesIn(stack.snapshot());
        int published = stack.recorder.records().size() - recordsBefore;

        List<String> defects = answers.stream().filter(a -> defect(a) != null)
                .map(EdgeFuzzSystemTest::describe).toList();
        List<Difference> differences = differences(answers);
        Path report = Tally.write(root(), "fuzz.md", report(malformed, answers, took, defects, differences,
                stored, published));

        assertThat(defects).as("answers that are not a 4xx problem (%s)", report).isEmpty();
        assertThat(stored).as("documents stored by malformed requests").isEmpty();
        assertThat(published).as("events published by malformed requests").isZero();
        assertThat(differences.stream().filter(Difference::inStatus).map(Difference::line)).as(
                "malformed requests answered with another status directly and via the gateway (%s)", report).isEmpty();
    }

    @Test
    @Order(2)
    void each_base_request_is_accepted_as_it_is_so_that_only_the_malformation_was_refused() {
        bases.forEach((operation, base) -> {
            RawRequest valid = Malformations.valid(operation, base, stack.token(base.user()));
            RawResponse response = RawHttp.send(direct(operation), valid);
            assertThat(response.status()).as("%s as %s: %s", operation, base.user(), response.text())
                    .isEqualTo(base.accepted());
        });
    }

    private static List<Answer> sendAll(Map<ApiOperation, List<Malformed>> malformed) throws Exception {
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (List<Malformed> requests : malformed.values()) {
                for (Malformed m : requests) {
                    sent.add(senders.submit(() -> answers.add(new Answer(m, "direct",
                            RawHttp.send(direct(m.operation()), m.request())))));
                    sent.add(senders.submit(() -> answers.add(new Answer(m, "gateway",
                            RawHttp.send(stack.gateway.uri(""), m.request())))));
                }
            }
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            senders.shutdown();
        }
        return answers;
    }

    /** Malformed requests whose status or code differs between the service and the gateway. */
    private static List<Difference> differences(List<Answer> answers) {
        Map<Malformed, Map<String, RawResponse>> byRequest = new LinkedHashMap<>();
        answers.forEach(a -> byRequest.computeIfAbsent(a.malformed(), m -> new LinkedHashMap<>())
                .put(a.route(), a.response()));
        List<Difference> differing = new ArrayList<>();
        byRequest.forEach((m, routes) -> {
            RawResponse direct = routes.get("direct");
            RawResponse gateway = routes.get("gateway");
            if (direct.status() != gateway.status()
                    || !java.util.Objects.equals(Problem.code(direct), Problem.code(gateway))) {
                differing.add(new Difference(direct.status() != gateway.status(), m.operation() + " [" + m.family()
                        + "] " + m.name() + ": direct " + direct.status() + " " + Problem.code(direct) + ", gateway "
                        + gateway.status() + " " + Problem.code(gateway)));
            }
        });
        return differing;
    }

    /**
     * What is wrong with the answer as a refusal, or null: a 4xx problem, or for an operation that answers per item
     * (EdgeFixtures.ITEM_REFUSALS) a 200 refusing every item of the batch as INVALID.
     */
    private static String defect(Answer a) {
        if (EdgeFixtures.ITEM_REFUSALS.contains(a.malformed().operation().key())
                && Problem.refusedEveryItem(a.response())) {
            return null;
        }
        return Problem.defect(a.response());
    }

    /** The answer's problem code; for a batch's 200 the code of its item's first error ({@code item validation-failed}). */
    private static String code(Answer a) {
        if (a.response().status() == 200 && EdgeFixtures.ITEM_REFUSALS.contains(a.malformed().operation().key())) {
            JsonNode body = Problem.json(a.response());
            return body == null ? null : "item " + body.path("items").path(0).path("errors").path(0).path("code")
                    .asString("(none)");
        }
        return Problem.code(a.response());
    }

    private static URI direct(ApiOperation operation) {
        return stack.services().get(operation.service()).uri("");
    }

    private static String describe(Answer a) {
        String body = a.response().text();
        return a.malformed().operation() + " " + a.route() + " [" + a.malformed().family() + "] "
                + a.malformed().name() + ": " + defect(a) + " "
                + (body.length() > 200 ? body.substring(0, 200) : body);
    }

    private static String report(Map<ApiOperation, List<Malformed>> malformed, List<Answer> answers, Duration took,
            List<String> defects, List<Difference> differences, List<String> stored, int published) {
        Tally tally = new Tally();
        Tally families = new Tally();
        answers.forEach(a -> {
            tally.add(a.malformed().operation().key() + " | " + a.route(), a.response().status(), code(a));
            families.add(a.malformed().operation().key() + " | " + a.malformed().family(), a.response().status(),
                    code(a));
        });
        StringBuilder out = new StringBuilder("# Edge fuzz: malformed requests to every write operation\n\n");
        out.append("Generated from the OpenAPI documents of ").append(String.join(", ", stack.services().keySet()))
                .append(" and a valid base request per operation (EdgeFixtures). ")
                .append(malformed.values().stream().mapToInt(List::size).sum()).append(" malformed requests to ")
                .append(malformed.size()).append(" write operations, each sent directly and through the gateway: ")
                .append(answers.size()).append(" answers in ").append(took.toMillis()).append(" ms with ")
                .append(SENDERS).append(" senders.\n\n");
        out.append("- answers that are not a 4xx problem+json with a stable code: ").append(defects.size()).append('\n');
        long inStatus = differences.stream().filter(Difference::inStatus).count();
        out.append("- direct and gateway answers that differ in status: ").append(inStatus)
                .append("; in code only (the gateway refused first, e.g. a body's encoding before the service would "
                        + "have refused any body): ").append(differences.size() - inStatus).append('\n');
        out.append("- documents stored, changed or removed (after settling): ").append(stored.size()).append('\n');
        out.append("- events published (after settling): ").append(published).append("\n\n");
        out.append("## Per operation and route\n\n").append(tally.table("operation | route")).append('\n');
        out.append("## Per operation and kind of malformation\n\n").append(families.table("operation | family"));
        appendList(out, "Defects", defects);
        appendList(out, "Direct and gateway differ", differences.stream()
                .map(d -> (d.inStatus() ? "status: " : "code: ") + d.line()).toList());
        appendList(out, "Stored", stored);
        return out.toString();
    }

    private static void appendList(StringBuilder out, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            out.append("\n## ").append(title).append(" (first 200 of ").append(lines.size()).append(")\n\n");
            lines.stream().limit(200).forEach(l -> out.append("- ").append(l.replace("\n", " ")).append('\n'));
        }
    }

    static Path root() {
        return Path.of(System.getProperty("qsp.repo.root", "..")).toAbsolutePath().normalize();
    }
}
