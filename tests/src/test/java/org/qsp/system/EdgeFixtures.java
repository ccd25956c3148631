package org.qsp.system;

import static org.qsp.system.edge.BaseRequest.FRESH;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qsp.platform.test.TestUsccs;
import org.qsp.system.edge.ApiOperation;
import org.qsp.system.edge.BaseRequest;

/**
 * A valid request for every write operation of the services, made on the data of an {@link EdgeWorld}: what the
 * fuzz suite breaks and the authorization matrix sends as each caller. A new write operation needs its line here;
 * {@link #of} names any that has none. The order is the one in which the base requests can all be sent once, each
 * being accepted (several act on one case).
 */
final class EdgeFixtures {

    private static final String CASE = "POST /api/complaint/v1/cases/{caseId}";
    private static final String DEAD_LETTERS = "/v1/admin/dead-letters/{topic}/{partition}/{offset}/replay";

    private EdgeFixtures() {
    }

    static Map<String, BaseRequest> bases(EdgeWorld world) {
        Map<String, BaseRequest> bases = new LinkedHashMap<>();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        bases.put("PUT /api/inspection/v1/samples/{sampleId}", BaseRequest.of("inspector1", 201)
                .path("sampleId", FRESH)
                .body(EdgeWorld.tree(form(now)))
                .domainHostile("sampledAt", quoted(now.minus(400, ChronoUnit.DAYS)),
                        quoted(now.plus(1, ChronoUnit.DAYS)), "\"1901-01-01T00:00:00Z\"")
                .domainHostile("enterprise.region", "\"320106\"", "\"100000\"", "\"330000\"")
                .domainHostile("enterprise.uscc", quoted(TestUsccs.failingCheck(EdgeWorld.HANGZHOU)))
                .domainHostile("inspectorIds[1]", "\"nobody-xyz\"", "\"ent-a\"", "\"regulator1\"",
                        "\"inspector-cn1\"", "\"inspector1\"")
                .domainHostile("inspectorIds[0]", "\"inspector2\"", "\"inspector-cn1\""));
        bases.put("PUT /api/inspection/v1/samples/{sampleId}/result", BaseRequest.of("lab1", 201)
                .path("sampleId", world.openSample)
                .body(EdgeWorld.tree(result(now.minus(1, ChronoUnit.HOURS))))
                .domainHostile("concludedAt", quoted(now.minus(30, ChronoUnit.DAYS)),
                        quoted(now.plus(1, ChronoUnit.DAYS)))
                .domainHostile("overallVerdict", "\"FAIL\"")
                .domainHostile("items[0].verdict", "\"FAIL\""));
        bases.put("POST /api/rectification/v1/tasks/{taskId}/acknowledgement", BaseRequest.of("ent-a", 200)
                .path("taskId", EdgeWorld.task(world.failedSample)));
        bases.put("POST /api/complaint/v1/cases", BaseRequest.of("consumer1", 201)
                .header("Idempotency-Key", FRESH)
                .body(EdgeWorld.tree(EdgeWorld.complaint(EdgeWorld.ENT_A, EdgeWorld.HANGZHOU)))
                .absent("reporter", "a complaint names its complainant; a reporter belongs to a report")
                .domainHostile("receivedAt", quoted(now.minus(40, ChronoUnit.DAYS)),
                        quoted(now.plus(1, ChronoUnit.DAYS)))
                .domainHostile("kind", "\"REPORT\"")
                .domainHostile("category", "\"fuzz-category\"")
                .domainHostile("respondent.region", "\"100000\"")
                .domainHostile("attributes.purchase_date", "\"not a date\"", "\"2026-02-30\""));
        bases.put(CASE + "/decision", caseAction("regulator1",
                world.receivedComplaint, Map.of("decision", "REJECT", "reason", "OTHER", "note", "材料不全，请补充"))
                .domainHostile("reason", "null")
                .domainHostile("note", "null"));
        bases.put(CASE + "/send-back", caseAction("regulator1",
                world.receivedComplaint2, Map.of("reason", "不属于本局管辖")));
        bases.put(CASE + "/mediation/consent", caseAction("consumer1",
                world.acceptedComplaint, null));
        bases.put(CASE + "/mediation/statements", caseAction("consumer1",
                world.mediatingComplaint, Map.of("text", "商家同意退货")));
        bases.put(CASE + "/mediation/pause", caseAction("regulator1",
                world.mediatingComplaint, Map.of("reason", "TESTING")));
        bases.put(CASE + "/mediation/resume", caseAction("regulator1",
                world.mediatingComplaint, null));
        bases.put(CASE + "/mediation/conclusion", caseAction("regulator1",
                world.mediatingComplaint, Map.of("outcome", "SETTLED", "violationFound", false)));
        bases.put(CASE + "/extensions", caseAction("regulator1",
                world.acceptedReport, Map.of("what", "VERIFICATION", "approver", "张局长", "reason", "需现场核查")));
        bases.put(CASE + "/report-decision", caseAction("regulator1",
                world.acceptedReport, Map.of("substantiated", true, "violation", "销售超过保质期的食品",
                        "legalBasis", "《食品安全法》第三十四条", "penaltyDecided", true, "correctionRequired", true))
                .domainHostile("violation", "null", "\"\"")
                .domainHostile("legalBasis", "null", "\"\""));
        for (String service : List.of("inspection", "rectification", "credit", "complaint", "recall")) {
            // no dead letter is at that offset: a well-formed replay is answered 404
            bases.put("POST /api/" + service + DEAD_LETTERS, BaseRequest.of("admin", 404)
                    .path("topic", "credit.enterprises-dlt").path("partition", "0").path("offset", "999999999"));
        }
        return bases;
    }

    /**
     * The base request of each write operation, in {@code bases}' order; throws naming every write operation that
     * has none, so that a new operation is not left out of the suites.
     */
    static Map<ApiOperation, BaseRequest> of(List<ApiOperation> operations, Map<String, BaseRequest> bases) {
        List<String> missing = operations.stream().filter(ApiOperation::isWrite).map(ApiOperation::key)
                .filter(key -> !bases.containsKey(key)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no base request for " + missing
                    + ": add one to EdgeFixtures.bases (a valid request the edge suites can break)");
        }
        Map<ApiOperation, BaseRequest> ordered = new LinkedHashMap<>();
        bases.forEach((key, base) -> operations.stream().filter(o -> o.key().equals(key)).findFirst()
                .ifPresent(operation -> ordered.put(operation, base)));
        return ordered;
    }

    /** An action of {@code user} on a case, with its body (null: none), accepted with 200. */
    private static BaseRequest caseAction(String user, String caseId, Map<String, Object> body) {
        BaseRequest base = BaseRequest.of(user, 200).path("caseId", caseId);
        return body == null ? base : base.body(EdgeWorld.tree(body));
    }

    private static Map<String, Object> form(Instant now) {
        Map<String, Object> form = new LinkedHashMap<>(Flow.form(EdgeWorld.ENT_A, EdgeWorld.HANGZHOU));
        form.put("sampledAt", now.minus(2, ChronoUnit.HOURS).toString());
        form.put("usccCheckOverride", false);
        form.put("location", Map.of("lat", 30.27, "lon", 120.15));
        return form;
    }

    /** The flow's passed result with every field a result takes (its method, when it concluded). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> result(Instant concludedAt) {
        Map<String, Object> passed = Flow.result("PASS");
        Map<String, Object> item = new LinkedHashMap<>(((List<Map<String, Object>>) passed.get("items")).getFirst());
        item.put("method", "GB 4789.2-2022");
        return Map.of("items", List.of(item), "overallVerdict", passed.get("overallVerdict"), "concludedAt",
                concludedAt.toString());
    }

    private static String quoted(Object value) {
        return "\"" + value + "\"";
    }
}
