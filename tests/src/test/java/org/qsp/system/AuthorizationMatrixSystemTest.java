package org.qsp.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsp.system.AccessRules.Access;
import org.qsp.system.AccessRules.Target;
import org.qsp.system.edge.ApiOperation;
import org.qsp.system.edge.BaseRequest;
import org.qsp.system.edge.OpenApiDocs;
import org.qsp.system.edge.Problem;
import org.qsp.system.edge.RawHttp;
import org.qsp.system.edge.RawRequest;
import org.qsp.system.edge.RawResponse;
import org.qsp.system.edge.Tally;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every operation the services document × every kind of caller (anonymous, each demo role, bad tokens of each kind)
 * × the things it acts on (in and out of the caller's region, one's own and another's, one that does not exist),
 * directly and through the gateway. What each gets comes from {@link AccessRules}: 401 without a valid token (unless
 * the operation is public), 403 for a role that may never call it, 404 for what the caller may not see, with exactly
 * the body of a thing that does not exist, and otherwise an answer that is none of those. Counts in
 * {@code tests/target/edge/authorization.md}.
 */
class AuthorizationMatrixSystemTest {

    private static final int SENDERS = 4;
    private static final String ABSENT = AccessRules.ABSENT;

    private static Stack stack;
    private static Map<ApiOperation, Access> rules;
    private static Map<String, BaseRequest> bases;
    private static List<Caller> callers;
    private static EdgeWorld world;

    /**
     * Who called: as which demo user (null: nobody), with which token (null: none), and whether that token is a
     * valid one.
     */
    private record Caller(String name, String user, String token, boolean valid) {
    }

    private record Call(ApiOperation operation, Target target, Caller caller, String route, int expected,
            RawResponse response) {

        boolean asExpected() {
            int status = response.status();
            if (expected == 0) {
                return status >= 200 && status < 500 && status != 401 && status != 403 && status != 404;
            }
            return status == expected;
        }

        String expectation() {
            return expected == 0 ? "allowed" : String.valueOf(expected);
        }
    }

    @BeforeAll
    static void theRulesAndTheCallers() {
        stack = Stack.get();
        world = EdgeWorld.create(stack);
        List<ApiOperation> operations = EdgeCoverage.covered(OpenApiDocs.of(EdgeFuzzSystemTest.uris(stack)));
        rules = AccessRules.of(operations, AccessRules.rules(world));
        bases = EdgeFixtures.bases(world);
        callers = new ArrayList<>();
        callers.add(new Caller(AccessRules.ANONYMOUS, null, null, true));
        AccessRules.USERS.keySet().forEach(user -> callers.add(new Caller(user, user, stack.token(user), true)));
        String national = stack.token("regulator-cn");
        callers.add(new Caller("regulator-cn, its token signed again by the test with identity's key", "regulator-cn",
                BadTokens.resigned(national, stack.identityKeys()), true));
        BadTokens.from(national, stack.identityKeys())
                .forEach((kind, token) -> callers.add(new Caller("bad token: " + kind, null, token, false)));
    }

    @AfterAll
    static void theWorldIsClosed() {
        if (world != null) {
            world.close();
        }
    }

    @Test
    void every_caller_gets_what_its_role_and_the_data_allow_and_hidden_data_looks_absent() throws Exception {
        List<Call> calls = sendAll();

        List<String> unexpected = calls.stream().filter(c -> !c.asExpected())
                .map(AuthorizationMatrixSystemTest::describe).toList();
        List<String> misshapen = calls.stream().filter(c -> c.response().status() >= 400)
                .filter(c -> Problem.shapeDefect(c.response()) != null)
                .map(c -> describe(c) + ": " + Problem.shapeDefect(c.response())).toList();
        List<String> leaks = leaks(calls);
        Path report = Tally.write(EdgeFuzzSystemTest.root(), "authorization.md", report(calls, unexpected, leaks));

        assertThat(unexpected).as("answers other than the rules say (%s)", report).isEmpty();
        assertThat(misshapen).as("refusals that are not problem+json with a stable code").isEmpty();
        assertThat(leaks).as("hidden things answered otherwise than things that do not exist").isEmpty();
        assertThat(calls.stream().filter(c -> c.expected() == 0).count()).as("allowed calls").isPositive();
        assertThat(calls.stream().filter(c -> c.expected() == 404 && !c.target().name().equals(ABSENT)).count())
                .as("calls on things that exist but the caller may not see").isPositive();
    }

    private static List<Call> sendAll() throws Exception {
        List<Call> calls = Collections.synchronizedList(new ArrayList<>());
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<?>> sent = new ArrayList<>();
            rules.forEach((operation, access) -> access.targets().forEach(target -> callers.forEach(caller -> {
                int expected = expected(access, target, caller);
                for (String route : List.of("direct", "gateway")) {
                    if (!target.sentBy(route)) {
                        continue;
                    }
                    URI base = route.equals("direct") ? stack.services().get(operation.service()).uri("")
                            : stack.gateway.uri("");
                    sent.add(senders.submit(() -> calls.add(new Call(operation, target, caller, route, expected,
                            RawHttp.send(base, request(operation, target, caller.token()))))));
                }
            })));
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            senders.shutdown();
        }
        return calls;
    }

    /** The status the rules give ({@code 0}: allowed, which is any answer but 401, 403, 404 and 5xx). */
    static int expected(Access access, Target target, Caller caller) {
        if (!caller.valid()) {
            return 401;
        }
        if (caller.token() == null) {
            if (!access.anonymous()) {
                return 401;
            }
            return target.visibleTo(AccessRules.ANONYMOUS) ? 0 : target.hiddenAs();
        }
        if (!access.roles().contains(AccessRules.USERS.get(caller.user()))) {
            return 403;
        }
        return target.visibleTo(caller.user()) ? 0 : target.hiddenAs();
    }

    private static RawRequest request(ApiOperation operation, Target target, String token) {
        String path = operation.path();
        for (Map.Entry<String, String> value : target.path().entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue().replace(BaseRequest.FRESH,
                    java.util.UUID.randomUUID().toString()));
        }
        StringBuilder query = new StringBuilder();
        target.query().forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                .append(value));
        RawRequest request = RawRequest.of(operation.method(), path + query).header("Accept", operation.accept());
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        BaseRequest base = bases.get(operation.key());
        if (base != null) {
            for (Map.Entry<String, String> header : base.headers().entrySet()) {
                request = request.header(header.getKey(), header.getValue().replace(BaseRequest.FRESH,
                        java.util.UUID.randomUUID().toString()));
            }
            JsonNode body = target.body() != null ? target.body() : base.body();
            if (body != null) {
                request = request.header("Content-Type", "application/json").body(Api.JSON.writeValueAsString(body));
            } else if (base.binary() != null) {
                request = request.header("Content-Type", base.binary().contentType()).body(base.binary().bytes());
            }
        }
        return request;
    }

    /**
     * A caller's 404 for a thing it may not see that differs from its 404 for a thing that does not exist (their ids
     * aside): the difference would tell that the thing exists.
     */
    private static List<String> leaks(List<Call> calls) {
        Map<String, JsonNode> absent = new LinkedHashMap<>();
        calls.stream().filter(c -> c.target().name().equals(ABSENT))
                .forEach(c -> absent.put(key(c), normalized(c)));
        List<String> leaks = new ArrayList<>();
        calls.stream().filter(c -> c.expected() == 404 && !c.target().name().equals(ABSENT))
                .filter(c -> absent.containsKey(key(c)))
                .filter(c -> !Objects.equals(normalized(c), absent.get(key(c))))
                .forEach(c -> leaks.add(describe(c) + " vs " + absent.get(key(c))));
        return leaks;
    }

    private static String key(Call c) {
        return c.operation().key() + "|" + c.caller().name() + "|" + c.route();
    }

    /** The problem without the id of what was asked for. */
    private static JsonNode normalized(Call c) {
        JsonNode body = Problem.json(c.response());
        if (!(body instanceof ObjectNode problem)) {
            return body;
        }
        ObjectNode copy = problem.deepCopy();
        copy.remove("instance");
        String detail = copy.path("detail").asString("");
        // the longest first: a short value (a report's number "1") must not cut into a longer one (the recall's id)
        for (String id : c.target().ids().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .toList()) {
            detail = detail.replace(id, "{id}");
        }
        copy.put("detail", detail);
        return copy;
    }

    private static String describe(Call c) {
        return c.operation() + " " + c.route() + " on " + c.target().name() + " as " + c.caller().name() + ": expected "
                + c.expectation() + ", got " + c.response().status() + " " + Problem.code(c.response());
    }

    private static String report(List<Call> calls, List<String> unexpected, List<String> leaks) {
        Tally byOperation = new Tally();
        Tally byCaller = new Tally();
        calls.forEach(c -> {
            byOperation.add(c.operation().key() + " | " + c.route(), c.response().status(), "expected "
                    + c.expectation());
            byCaller.add(c.caller().name() + " | " + c.route(), c.response().status(), "expected " + c.expectation());
        });
        StringBuilder out = new StringBuilder("# Authorization matrix\n\n");
        out.append(rules.size()).append(" operations from the OpenAPI documents of ")
                .append(String.join(", ", stack.services().keySet())).append(" × ").append(callers.size())
                .append(" callers (anonymous, ").append(AccessRules.USERS.size())
                .append(" demo users of every role, regulator-cn with its token signed again with identity's key, ")
                .append(callers.stream().filter(c -> !c.valid()).count()).append(" kinds of bad token) × the things each acts on (AccessRules), ")
                .append("directly and through the gateway: ").append(calls.size()).append(" calls.\n\n");
        out.append("- answers other than the rules say: ").append(unexpected.size()).append('\n');
        out.append("- hidden things answered otherwise than absent ones: ").append(leaks.size()).append("\n\n");
        out.append("\"by code\" counts what the rules expected: allowed (any answer but 401, 403, 404 and 5xx), "
                + "401, 403, or the status of a hidden thing (404, or 403 or 400 where the rules say so).\n\n");
        out.append("## Per operation and route\n\n").append(byOperation.table("operation | route")).append('\n');
        out.append("## Per caller and route\n\n").append(byCaller.table("caller | route"));
        if (!unexpected.isEmpty() || !leaks.isEmpty()) {
            out.append("\n## Unexpected\n\n");
            unexpected.stream().limit(200).forEach(l -> out.append("- ").append(l).append('\n'));
            leaks.stream().limit(200).forEach(l -> out.append("- leak: ").append(l).append('\n'));
        }
        return out.toString();
    }
}
