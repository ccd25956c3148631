package org.qsp.system;

import static org.qsp.system.edge.BaseRequest.FRESH;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qsp.platform.test.TestImages;
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
    /** A task id of the right shape that names no task (422 unknown-task). */
    private static final String UNKNOWN_TASK = "\"TK-" + "0".repeat(24) + "\"";
    private static final String DEAD_LETTERS = "/v1/admin/dead-letters/{topic}/{partition}/{offset}/replay";

    private EdgeFixtures() {
    }

    /**
     * Credit's registry (a Hangzhou entry by regulator1, an NDJSON import of two rows) and ADMIN's re-classification
     * (no body; while one runs, a request is answered that one's id).
     */
    private static void registry(Map<String, BaseRequest> bases) {
        String credit = "/api/credit/v1";
        bases.put("PUT " + credit + "/registry/{uscc}", BaseRequest.of("regulator1", 201)
                .path("uscc", TestUsccs.valid(EdgeWorld.HANGZHOU))
                .body(EdgeWorld.tree(Map.of("name", "边缘名录企业", "region", EdgeWorld.HANGZHOU, "status", "ACTIVE",
                        "categories", List.of("food"), "checkOverride", false, "licences", List.of(Map.of("type", "SC",
                                "number", "SC10633010000001", "validUntil", "2030-12-31")))))
                .domainHostile("region", "\"320100\""));
        StringBuilder rows = new StringBuilder();
        for (String name : List.of("边缘名录甲", "边缘名录乙")) {
            rows.append(Api.json(Map.of("uscc", TestUsccs.valid(EdgeWorld.HANGZHOU), "name", name, "region",
                    EdgeWorld.HANGZHOU, "categories", List.of("food")))).append('\n');
        }
        bases.put("POST " + credit + "/registry/imports", BaseRequest.of("regulator1", 202)
                .binary("application/x-ndjson", rows.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        bases.put("POST " + credit + "/admin/reclassifications", BaseRequest.of("admin", 202));
    }

    /**
     * Credit's penalties, lists and repairs (issue 11) on ent-a's things in Hangzhou ({@link EdgeCredit}): regulator1
     * records a new fine of ent-a and revokes another, puts a new enterprise on the abnormal-operation list and
     * removes ent-a's entry; ent-a uploads evidence and applies for the repair of its eligible fine; regulator1
     * rejects the open application (a rejection needs its note). The hostile values: a region or an enterprise
     * outside regulator1's authority, a decision in the future, a fine without its amount, another decision under a
     * recorded number, a reason of the other list, a target too early to repair, not ent-a's, not a penalty or not
     * on the list, evidence never uploaded, another enterprise's or cited twice.
     */
    private static void credit(Map<String, BaseRequest> bases, EdgeCredit credit) {
        String api = "/api/credit/v1";
        EdgeCredit.Region hangzhou = credit.hangzhou;
        EdgeCredit.Region nanjing = credit.nanjing;
        String evidence = quoted(hangzhou.evidence());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String outside = quoted(EdgeWorld.NANJING);
        bases.put("POST " + api + "/penalties", BaseRequest.of("regulator1", 201)
                .body(EdgeWorld.tree(EdgeCredit.penalty("杭市监罚", EdgeWorld.ENT_A, "杭州示例食品有限公司",
                        EdgeWorld.HANGZHOU, today.minusDays(10))))
                .domainHostile("region", outside)
                .domainHostile("uscc", quoted(credit.nanjing.uscc()))
                .domainHostile("decidedAt", quoted(today.plusDays(1)), quoted(today.plusYears(1)))
                .domainHostile("fineAmount", "null")
                .domainHostile("decisionNumber", quoted(hangzhou.recentDecisionNumber())));
        bases.put("POST " + api + "/penalties/{id}/revocation", BaseRequest.of("regulator1", 200)
                .path("id", hangzhou.penaltyToRevoke())
                .body(EdgeWorld.tree(Map.of("reason", "处罚决定经行政复议被撤销"))));
        bases.put("POST " + api + "/lists/abnormal-operation", BaseRequest.of("regulator1", 201)
                .body(EdgeWorld.tree(EdgeCredit.abnormal(TestUsccs.valid(EdgeWorld.HANGZHOU), "边缘异常企业",
                        EdgeWorld.HANGZHOU, "MISSED_ANNUAL_REPORT")))
                .domainHostile("region", outside)
                .domainHostile("uscc", quoted(credit.nanjing.uscc()))
                .domainHostile("reason", "\"SERIOUS_VIOLATION\"", "\"ABNORMAL_NOT_FIXED\""));
        bases.put("POST " + api + "/lists/entries/{id}/removal", BaseRequest.of("regulator1", 200)
                .path("id", hangzhou.entryToRemove())
                .body(EdgeWorld.tree(Map.of("note", "企业已更正住所并可联系"))));
        bases.put("PUT " + api + "/repairs/evidence/{evidenceId}", BaseRequest.of("ent-a", 201)
                .path("evidenceId", FRESH)
                .binary("image/png", TestImages.png(20_000, 3)));
        bases.put("POST " + api + "/repairs", BaseRequest.of("ent-a", 201)
                .body(EdgeWorld.tree(EdgeCredit.repair(hangzhou.penaltyToRepair(), hangzhou.evidence())))
                .domainHostile("targetId", quoted(hangzhou.recentPenalty()), quoted(hangzhou.entryToRemove()),
                        quoted(hangzhou.repairToDecide()), quoted(nanjing.penaltyToRepair()),
                        quoted(nanjing.recentPenalty()), quoted(nanjing.penaltyToRevoke()),
                        quoted(nanjing.repairToDecide()), quoted(nanjing.listEntry()), "\"PN-NOSUCHPENALTY\"")
                .domainHostile("target", "\"SERIOUS_LIST\"")
                .domainHostile("evidence[0]", "\"never-uploaded\"", quoted(nanjing.evidence()),
                        quoted("../" + hangzhou.evidence()))
                .domainHostile("evidence", "[" + evidence + "," + evidence + "]",
                        "[" + evidence + ",\"never-uploaded\"]", "[" + evidence + "," + quoted(nanjing.evidence())
                                + "]"));
        bases.put("POST " + api + "/repairs/{id}/decision", BaseRequest.of("regulator1", 200)
                .path("id", hangzhou.repairToDecide())
                .body(EdgeWorld.tree(Map.of("decision", "REJECT", "note", "缴款凭证不清晰，请补充")))
                .domainHostile("note", "null", "\"\"", "\"   \""));
    }

    static Map<String, BaseRequest> bases(EdgeWorld world) {
        Map<String, BaseRequest> bases = new LinkedHashMap<>();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        bases.put("PUT /api/inspection/v1/samples/{sampleId}", formRules(BaseRequest.of("inspector1", 201)
                .path("sampleId", FRESH)
                .body(EdgeWorld.tree(form(now, world.tasks.form))), "", now)
                .domainHostile("taskId", UNKNOWN_TASK));
        bases.put("PUT /api/inspection/v1/samples/{sampleId}/photos/{photoId}", BaseRequest.of("inspector1", 201)
                .path("sampleId", world.openSample).path("photoId", FRESH)
                .binary("image/jpeg", TestImages.jpeg(20_000, 1)));
        bases.put("PUT /api/inspection/v1/samples/{sampleId}/result", BaseRequest.of("lab1", 201)
                .path("sampleId", world.openSample)
                .body(EdgeWorld.tree(result(now.minus(1, ChronoUnit.HOURS))))
                .domainHostile("concludedAt", quoted(now.minus(30, ChronoUnit.DAYS)),
                        quoted(now.plus(1, ChronoUnit.DAYS)))
                .domainHostile("overallVerdict", "\"FAIL\"")
                .domainHostile("items[0].verdict", "\"FAIL\""));
        visits(bases, now, world.tasks);
        sync(bases, now);
        verdict(bases, world);
        bases.put("POST /api/rectification/v1/tasks/{taskId}/acknowledgement", BaseRequest.of("ent-a", 200)
                .path("taskId", EdgeWorld.task(world.failedSample)));
        // after the acknowledgement, in this order: the evidence, the report citing it, the review of the report
        String task = "/api/rectification/v1/tasks/{taskId}";
        bases.put("PUT " + task + "/evidence/{evidenceId}", BaseRequest.of("ent-a", 201)
                .path("taskId", EdgeWorld.task(world.failedSample)).path("evidenceId", "evidence-1")
                .binary("image/jpeg", TestImages.jpeg(20_000, 2)));
        bases.put("POST " + task + "/report", BaseRequest.of("ent-a", 201)
                .path("taskId", EdgeWorld.task(world.failedSample))
                .body(EdgeWorld.tree(Map.of("measures", "停售该批次，更换原料供应商，车间消毒", "evidence",
                        List.of("evidence-1"))))
                .domainHostile("measures", "\"\"", "\" \"")
                .domainHostile("evidence[0]", "\"never-uploaded\"", "\"../evidence-1\""));
        bases.put("POST " + task + "/report/review", BaseRequest.of("regulator1", 200)
                .path("taskId", EdgeWorld.task(world.failedSample))
                .body(EdgeWorld.tree(Map.of("decision", "ACCEPT", "note", "材料齐全"))));
        // the re-check day of the accepted task moved well past any re-check day (the same again: 200)
        String until = LocalDate.now().plusYears(1).toString();
        bases.put("POST " + task + "/extensions", BaseRequest.of("regulator1", 201)
                .path("taskId", EdgeWorld.task(world.failedSample))
                .body(EdgeWorld.tree(Map.of("deadline", "RECHECK", "until", until, "reason", "企业申请延期复查")))
                .domainHostile("until", "\"2020-01-01\"")
                .domainHostile("reason", "\"\"", "\" \"")
                .domainHostile("deadline", "\"SECOND_RECHECK\""));
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
        plans(bases, world);
        notices(bases, world);
        recall(bases, world.recalls);
        String alert = "/api/monitor/v1/alerts/{alertId}";
        bases.put("POST " + alert + "/acknowledgement", BaseRequest.of("regulator1", 200)
                .path("alertId", world.alerts.hangzhou));
        bases.put("POST " + alert + "/resolution", BaseRequest.of("regulator1", 200)
                .path("alertId", world.alerts.hangzhou));
        registry(bases);
        credit(bases, world.credit);
        for (String service : List.of("inspection", "rectification", "credit", "complaint", "recall", "monitor")) {
            // no dead letter is at that offset: a well-formed replay is answered 404
            bases.put("POST /api/" + service + DEAD_LETTERS, BaseRequest.of("admin", 404)
                    .path("topic", "credit.enterprises-dlt").path("partition", "0").path("offset", "999999999"));
        }
        return bases;
    }

    private static void plans(Map<String, BaseRequest> bases, EdgeWorld world) {
        String api = "/api/inspection/v1";
        bases.put("POST " + api + "/plans", BaseRequest.of("regulator1", 201)
                .header("Idempotency-Key", FRESH)
                .body(EdgeWorld.tree(EdgePlans.plan("330100")))
                .domainHostile("level", "\"COUNTY\"", "\"NATIONAL\"")
                .domainHostile("region", "\"320100\"", "\"330106\""));
        bases.put("POST " + api + "/plans/{planId}/draws", BaseRequest.of("regulator1", 201)
                .header("Idempotency-Key", FRESH)
                .path("planId", world.plans.plan)
                .body(EdgeWorld.tree(Map.of("seed", "2026-088"))));
        bases.put("POST " + api + "/pool/enterprises:import", BaseRequest.of("regulator1", 202)
                .binary("application/x-ndjson", EdgePlans.importRows()));
        bases.put("PUT " + api + "/pool/inspectors/{inspectorId}", BaseRequest.of("regulator1", 201)
                .path("inspectorId", FRESH)
                .body(EdgeWorld.tree(EdgePlans.inspector("330100")))
                .domainHostile("region", "\"320100\"", "\"100000\""));
        // public: anyone may verify a draw, so it is sent as an anonymous caller (a token of any kind, or none, is
        // no reason to refuse it)
        bases.put("POST " + api + "/public/draws/{drawId}:verify", BaseRequest.of(null, 200)
                .path("drawId", world.plans.draw));
    }

    private static void notices(Map<String, BaseRequest> bases, EdgeWorld world) {
        String subscriptions = "/api/rectification/v1/subscriptions";
        EdgeSubscriptions ours = world.subscriptions;
        bases.put("POST " + subscriptions, BaseRequest.of("ent-a", 201)
                .body(EdgeWorld.tree(Map.of("webhookUrl", ours.down.url(), "kinds", List.of("RECTIFICATION_ORDER"))))
                .absent("email", "a subscription has a webhook URL or an email address, not both")
                .domainHostile("webhookUrl", "null"));
        bases.put("DELETE " + subscriptions + "/{id}", BaseRequest.of("ent-a", 204)
                .path("id", ours.toDelete.getFirst()));
        bases.put("POST " + subscriptions + "/{id}/secret-rotation", BaseRequest.of("ent-a", 200)
                .path("id", ours.webhook));
        bases.put("POST " + subscriptions + "/{id}/deliveries/{deliveryId}/redelivery", BaseRequest.of("ent-a", 202)
                .path("id", ours.email).path("deliveryId", world.failedDelivery.delivery()));
    }

    private static void recall(Map<String, BaseRequest> bases, EdgeRecalls w) {
        String api = "/api/recall/v1";
        String ent = EdgeWorld.ENT_A;
        String nowhere = "\"RI-" + "0".repeat(24) + "\"";
        bases.put("POST " + api + "/leads", BaseRequest.of("regulator1", 201)
                .header("Idempotency-Key", FRESH)
                .body(EdgeWorld.tree(RecallFlow.lead(ent, EdgeWorld.HANGZHOU)))
                .domainHostile("region", quoted(EdgeWorld.NANJING), "\"100000\"", "\"330000\"")
                .domainHostile("producer.uscc", quoted(TestUsccs.failingCheck(EdgeWorld.HANGZHOU))));
        bases.put("POST " + api + "/leads/{leadId}/dismissal", BaseRequest.of("regulator1", 200)
                .path("leadId", w.leadToDismiss)
                .body(EdgeWorld.tree(Map.of("reason", "经核查为个别批次储存不当，不属于缺陷"))));
        bases.put("POST " + api + "/investigations", BaseRequest.of("regulator1", 201)
                .body(EdgeWorld.tree(Map.of("leadId", w.leadToInvestigate, "producer", RecallFlow.producer(ent))))
                .domainHostile("producer.uscc", quoted(EdgeRecalls.ENT_B))
                .domainHostile("leadId", "\"RL-" + "0".repeat(24) + "\""));
        String investigation = api + "/investigations/{investigationId}";
        bases.put("POST " + investigation + "/objection", BaseRequest.of("ent-a", 200)
                .path("investigationId", w.openInvestigation).body(EdgeWorld.tree(RecallFlow.objection())));
        bases.put("POST " + investigation + "/conclusion", BaseRequest.of("regulator1", 200)
                .path("investigationId", w.objectedInvestigation).body(EdgeWorld.tree(RecallFlow.conclusion())));
        bases.put("POST " + investigation + "/recall-order", BaseRequest.of("regulator1", 201)
                .path("investigationId", w.confirmedInvestigation).body(EdgeWorld.tree(RecallFlow.order()))
                .absent("riskLevel", "a food recall has a level, not a risk level")
                .domainHostile("productType", "\"CONSUMER_PRODUCT\"")
                .domainHostile("level", "null"));
        Map<String, Object> voluntary = RecallFlow.plan(ent);
        voluntary.put("investigationId", w.investigationToRecallIn);
        bases.put("POST " + api + "/recalls", plan(BaseRequest.of("ent-a", 201), voluntary)
                .header("Idempotency-Key", FRESH)
                .domainHostile("producer.uscc", quoted(EdgeRecalls.ENT_B))
                .domainHostile("investigationId", nowhere));
        String recall = api + "/recalls/{recallId}";
        bases.put("PUT " + recall + "/plan", plan(BaseRequest.of("ent-a", 200), RecallFlow.plan(ent))
                .path("recallId", w.orderedRecall)
                .absent("investigationId", "the plan of a recall that exists names no investigation")
                .domainHostile("producer.uscc", quoted(EdgeRecalls.ENT_B)));
        bases.put("POST " + recall + "/review", BaseRequest.of("regulator1", 200)
                .path("recallId", w.submittedRecall)
                .body(EdgeWorld.tree(Map.of("decision", "REQUEST_CHANGES", "notes", "请补充各销售渠道的数量")))
                .domainHostile("decision", "\"ACCEPT\"")
                .domainHostile("notes", "null", "\"\"", "\"   \""));
        Map<String, Object> progress = RecallFlow.units(620, 0, 0, 180);
        progress.put("note", "门店已全部下架");
        bases.put("PUT " + recall + "/progress-reports/{number}", BaseRequest.of("ent-a", 200)
                .path("recallId", w.ongoingRecall).path("number", "1").body(EdgeWorld.tree(progress))
                .domainHostile("unitsRecovered", "1001")
                .domainHostile("unitsRefunded", "381"));
        Map<String, Object> summary = RecallFlow.units(780, 0, 0, 200);
        summary.put("measures", "门店下架、短信通知购买者、退款");
        summary.put("disposal", "收回产品集中无害化处理");
        bases.put("PUT " + recall + "/summary", BaseRequest.of("ent-a", 200)
                .path("recallId", w.recallToSummarize).body(EdgeWorld.tree(summary))
                .domainHostile("unitsRecovered", "1001")
                .domainHostile("unitsRefunded", "221"));
        bases.put("POST " + recall + "/closure", BaseRequest.of("regulator1", 200)
                .path("recallId", w.recallToClose)
                .body(EdgeWorld.tree(Map.of("outcome", "TERMINATED", "reason", "生产者已停产，产品全部下架")))
                .domainHostile("reason", "null", "\"\""));
    }

    /**
     * A plan (a food recall of level 3, so without a risk level) and the values that break the rules across its
     * fields: dates out of order or ahead of time, more units affected than produced, a remedy or region twice, a
     * food recall without its level.
     */
    private static BaseRequest plan(BaseRequest base, Map<String, Object> plan) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        return base.body(EdgeWorld.tree(plan))
                .absent("riskLevel", "a food recall has a level, not a risk level")
                .domainHostile("level", "null")
                .domainHostile("quantityAffected", "4001")
                .domainHostile("remedies", "[\"REFUND\",\"REFUND\"]")
                .domainHostile("salesRegions", "[\"330100\",\"330100\"]")
                .domainHostile("product.productionTo", quoted(today.plusDays(1)), quoted(today.minusDays(40)))
                .domainHostile("schedule.end", quoted(today.minusDays(1)))
                .domainHostile("schedule.start", quoted(today.minusDays(36)), quoted(today.plusDays(26)));
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

    /**
     * The way to the final verdict on ent-a's pending FAILs: accept one; object to another, then the decision; apply
     * for a re-test of the food one, then its conclusion (in that order: each decides what the one before opened).
     */
    private static void verdict(Map<String, BaseRequest> bases, EdgeWorld world) {
        String result = "POST /api/inspection/v1/samples/{sampleId}/result";
        bases.put(result + "/acceptance", BaseRequest.of("ent-a", 200).path("sampleId", world.pendingSample));
        bases.put(result + "/objection", BaseRequest.of("ent-a", 200).path("sampleId", world.objectionSample)
                .body(EdgeWorld.tree(Map.of("reason", "检验依据的标准已废止"))));
        bases.put(result + "/objection/decision", BaseRequest.of("regulator1", 200)
                .path("sampleId", world.objectionSample)
                .body(EdgeWorld.tree(Map.of("outcome", "VERDICT_CONFIRMED", "note", "检验依据有效，维持原结论"))));
        bases.put(result + "/retest", BaseRequest.of("ent-a", 200).path("sampleId", world.retestSample)
                .body(EdgeWorld.tree(Map.of("reason", "申请用备用样品复检"))));
        bases.put(result + "/retest/conclusion", BaseRequest.of("regulator1", 200)
                .path("sampleId", world.retestSample)
                .body(EdgeWorld.tree(Map.of("verdict", "FAIL", "lab", "浙江省食品药品检验研究院", "note", "复检维持不合格"))));
    }

    /** The operations whose refusal of a malformed item is a 200 answering each item INVALID (a phone's batch). */
    static final java.util.Set<String> ITEM_REFUSALS = java.util.Set.of("POST /api/inspection/v1/sync");

    /**
     * A phone's batch of one FORM item with every field of a form (the form's base); the fields of the other kinds
     * (RESULT, CANNOT_SAMPLE, REFUSAL) are left out, as a form has none of them. Its client and sample ids are new
     * for each call of {@link #bases}: the base is applied once, a replay answers ALREADY_APPLIED.
     */
    private static void sync(Map<String, BaseRequest> bases, Instant now) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("clientId", java.util.UUID.randomUUID().toString());
        item.put("kind", "FORM");
        item.put("sampleId", java.util.UUID.randomUUID().toString());
        item.putAll(form(now, null));
        item.remove("taskId");
        BaseRequest base = formRules(BaseRequest.of("inspector1", 200)
                .body(EdgeWorld.tree(Map.of("items", List.of(item)))), "items[0].", now)
                .domainHostile("items[0].kind", "\"RESULT\"", "\"REFUSAL\"", "\"CANNOT_SAMPLE\"");
        base = base.absent("items[0].taskId", "a task is fulfilled by one visit: the single form's base takes the open "
                + "task, and a task id is fuzzed there");
        for (String field : List.of("reason", "note", "witness", "attemptedAt")) {
            base = base.absent("items[0]." + field, "a visit's field (CANNOT_SAMPLE, REFUSAL): a FORM item has none");
        }
        for (String field : List.of("items", "overallVerdict", "concludedAt")) {
            base = base.absent("items[0]." + field, "a result's field (RESULT): a FORM item has none");
        }
        bases.put("POST /api/inspection/v1/sync", base);
    }

    /**
     * The values that break a form's rules, and the party's fields a signed form leaves out, for a form at {@code at}
     * in the body ({@code ""}: the body; {@code items[0].}: a batch's item).
     */
    private static BaseRequest formRules(BaseRequest base, String at, Instant now) {
        return base.domainHostile(at + "sampledAt", quoted(now.minus(400, ChronoUnit.DAYS)),
                        quoted(now.plus(1, ChronoUnit.DAYS)), "\"1901-01-01T00:00:00Z\"")
                .domainHostile(at + "enterprise.region", "\"320106\"", "\"100000\"", "\"330000\"")
                .domainHostile(at + "enterprise.uscc", quoted(TestUsccs.failingCheck(EdgeWorld.HANGZHOU)))
                .domainHostile(at + "inspectorIds[1]", "\"nobody-xyz\"", "\"ent-a\"", "\"regulator1\"",
                        "\"inspector-cn1\"", "\"inspector1\"")
                .domainHostile(at + "inspectorIds[0]", "\"inspector2\"", "\"inspector-cn1\"")
                .absent(at + "party.refusalNote", "the party signed: a refusal note belongs to a party that did not")
                .absent(at + "party.witness", "the party signed: a witness belongs to a refusal to sign");
    }

    /** Visits that took no sample: could not sample (a reason code), refused (note and witness). */
    private static void visits(Map<String, BaseRequest> bases, Instant now, EdgeTasks tasks) {
        Map<String, Object> visit = new LinkedHashMap<>();
        visit.put("enterprise", Flow.form(EdgeWorld.ENT_A, EdgeWorld.HANGZHOU).get("enterprise"));
        visit.put("taskId", null);
        visit.put("attemptedAt", now.minus(2, ChronoUnit.HOURS).toString());
        visit.put("inspectorIds", Flow.inspectorsFor(EdgeWorld.HANGZHOU));
        visit.put("usccCheckOverride", false);
        visit.put("samplingType", "SUPERVISORY");
        visit.put("location", Map.of("lat", 30.27, "lon", 120.15, "accuracy", 8.5));
        Map<String, Object> cannot = new LinkedHashMap<>(visit);
        cannot.put("reason", "LOT_TOO_SMALL");
        cannot.put("note", "库存仅 3 袋，不足抽样基数");
        cannot.put("taskId", tasks.cannotSample);
        bases.put("PUT /api/inspection/v1/samples/{sampleId}/cannot-sample", BaseRequest.of("inspector1", 201)
                .path("sampleId", FRESH).body(EdgeWorld.tree(cannot))
                .domainHostile("attemptedAt", quoted(now.minus(400, ChronoUnit.DAYS)),
                        quoted(now.plus(1, ChronoUnit.DAYS)))
                .domainHostile("taskId", UNKNOWN_TASK));
        Map<String, Object> refusal = new LinkedHashMap<>(visit);
        refusal.put("note", "负责人拒绝抽样");
        refusal.put("witness", "李某, 市场管理员");
        refusal.put("taskId", tasks.refusal);
        bases.put("PUT /api/inspection/v1/samples/{sampleId}/refusal", BaseRequest.of("inspector1", 201)
                .path("sampleId", FRESH).body(EdgeWorld.tree(refusal))
                .domainHostile("enterprise.region", "\"320106\"")
                .domainHostile("taskId", UNKNOWN_TASK));
    }

    private static Map<String, Object> form(Instant now, String task) {
        Map<String, Object> form = new LinkedHashMap<>(Flow.form(EdgeWorld.ENT_A, EdgeWorld.HANGZHOU));
        form.put("sampledAt", now.minus(2, ChronoUnit.HOURS).toString());
        form.put("usccCheckOverride", false);
        form.put("location", Map.of("lat", 30.27, "lon", 120.15, "accuracy", 8.5));
        form.put("taskId", task);
        form.put("samplingType", "SUPERVISORY");
        form.put("category", "0701");
        form.put("productClass", "FOOD");
        form.put("sealNumbers", List.of("ZJ-0001", "ZJ-0002"));
        form.put("party", Map.of("signaturePhotoId", "9b2c4f8e-5d1a-4e33-8a61-3f0c2b7d9e10"));
        return form;
    }

    /** The flow's passed result with every field a result takes (its method, when it concluded). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> result(Instant concludedAt) {
        Map<String, Object> passed = Flow.result("PASS");
        Map<String, Object> item = new LinkedHashMap<>(((List<Map<String, Object>>) passed.get("items")).getFirst());
        item.put("method", "GB 4789.2-2022");
        item.put("microbiological", true);
        return Map.of("items", List.of(item), "overallVerdict", passed.get("overallVerdict"), "concludedAt",
                concludedAt.toString());
    }

    private static String quoted(Object value) {
        return "\"" + value + "\"";
    }
}
