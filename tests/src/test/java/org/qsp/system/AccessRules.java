package org.qsp.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.qsp.platform.test.TestUsccs;
import org.qsp.system.edge.ApiOperation;
import tools.jackson.databind.JsonNode;

/**
 * Who may call each operation of the services and whose data it reaches: the expected side of the authorization
 * matrix. Each operation names the roles that may call it (as its {@code @PreAuthorize} says), whether anonymous
 * callers may, and the things it acts on in an {@link EdgeWorld}, each with the demo users who may see it. A caller
 * of an allowed role who may not see the thing is told it does not exist (404, ADR 0005), or for a thing that does
 * not exist yet, refused (403: a form for a region outside the inspector's authority). A new operation needs its line
 * here; {@link #of} names any that has none.
 */
final class AccessRules {

    static final String ANONYMOUS = "(anonymous)";
    /** The name of the target that does not exist, which every caller is told is not there. */
    static final String ABSENT = "one that does not exist";
    /** The demo users and their roles. */
    static final Map<String, String> USERS = users();
    private static final Set<String> ALL_ROLES = Set.of("CONSUMER", "INSPECTOR", "LAB", "ENTERPRISE", "REGULATOR",
            "ADMIN");
    private static final Set<String> EVERYONE = Set.of("*");
    private static final Set<String> HANGZHOU_REGULATORS = Set.of("regulator1", "regulator-zj", "regulator-cn");
    private static final Set<String> NANJING_REGULATORS = Set.of("regulator-cn");

    /**
     * @param roles     the roles that may call it
     * @param anonymous whether a caller without a token may
     * @param targets   what it acts on (one target without path values for an operation on no one thing)
     */
    record Access(Set<String> roles, boolean anonymous, List<Target> targets) {
    }

    /**
     * One thing an operation acts on.
     *
     * @param path      its path values
     * @param query     its query parameters (a link's token)
     * @param visibleTo the users (or {@link #ANONYMOUS}) who may see it; {@code *} for every caller the roles allow
     * @param hiddenAs  the status a caller of an allowed role gets when it may not see it
     * @param body      the body to send, or null for the operation's base body
     * @param route     the one route it is sent by ({@code direct} or {@code gateway}), or null for both: a thing
     *                  that the first call of a caller who may see it uses up (a subscription deleted)
     */
    record Target(String name, Map<String, String> path, Map<String, String> query, Set<String> visibleTo,
            int hiddenAs, JsonNode body, String route) {

        Target(String name, Map<String, String> path, Set<String> visibleTo, int hiddenAs, JsonNode body) {
            this(name, path, Map.of(), visibleTo, hiddenAs, body, null);
        }

        boolean visibleTo(String user) {
            return visibleTo.contains("*") || visibleTo.contains(user);
        }

        boolean sentBy(String via) {
            return route == null || route.equals(via);
        }

        /** The values that name what it is: in the path, the query and at the top of its own body. */
        List<String> ids() {
            List<String> ids = new java.util.ArrayList<>(path.values());
            ids.addAll(query.values());
            if (body != null) {
                body.properties().forEach(p -> {
                    if (p.getValue().isString()) {
                        ids.add(p.getValue().asString());
                    }
                });
            }
            return ids;
        }

        Target query(String parameter, String value) {
            Map<String, String> more = new LinkedHashMap<>(query);
            more.put(parameter, value);
            return new Target(name, path, more, visibleTo, hiddenAs, body, route);
        }

        Target only(String via) {
            return new Target(name, path, query, visibleTo, hiddenAs, body, via);
        }
    }

    private AccessRules() {
    }

    static Map<String, Access> rules(EdgeWorld w) {
        Map<String, Access> rules = new LinkedHashMap<>();
        String absentSample = UUID.randomUUID().toString();
        String samples = "/api/inspection/v1/samples";
        rules.put("GET " + samples, access("REGULATOR"));
        rules.put("GET " + samples + "/{sampleId}", access(Set.of("INSPECTOR", "LAB", "REGULATOR", "ENTERPRISE"),
                seen("a Hangzhou sample of ent-a", "sampleId", w.openSample,
                        "inspector1", "lab1", "ent-a", "regulator1", "regulator-zj", "regulator-cn"),
                seen("a Nanjing sample", "sampleId", w.nanjingOpenSample, "inspector-cn1", "lab1", "regulator-cn"),
                absent("sampleId", absentSample)));
        rules.put("PUT " + samples + "/{sampleId}", access(Set.of("INSPECTOR"),
                new Target("a form for Hangzhou signed by inspector1", Map.of("sampleId", "{fresh}"),
                        Set.of("inspector1"), 403, null),
                new Target("a form for Nanjing signed by inspector1", Map.of("sampleId", "{fresh}"), Set.of(), 403,
                        EdgeWorld.tree(nanjingFormOfHangzhouInspectors(w)))));
        photos(rules, w, absentSample);
        rules.put("PUT " + samples + "/{sampleId}/result", access(Set.of("INSPECTOR", "LAB"),
                seen("a Hangzhou sample signed by inspector1", "sampleId", w.openSample, "inspector1", "lab1"),
                seen("a Nanjing sample signed by inspector-cn1", "sampleId", w.nanjingOpenSample, "inspector-cn1",
                        "lab1"),
                absent("sampleId", absentSample)));
        verdictRules(rules, w, samples, absentSample);
        // a phone's batch: inspectors and labs send it; what an item may do is answered per item (INVALID with the
        // access rule's code: a lab's FORM, inspector-cn1's form for Hangzhou), so every allowed caller gets 200
        rules.put("POST /api/inspection/v1/sync", access(Set.of("INSPECTOR", "LAB"),
                new Target("a batch of a Hangzhou form signed by inspector1", Map.of(), EVERYONE, 403, null)));
        for (String visit : List.of("/cannot-sample", "/refusal")) {
            rules.put("PUT " + samples + "/{sampleId}" + visit, access(Set.of("INSPECTOR"),
                    new Target("a visit in Hangzhou by inspector1", Map.of("sampleId", "{fresh}"),
                            Set.of("inspector1"), 403, null)));
        }

        String absentTask = "RT-" + UUID.randomUUID();
        rules.put("GET /api/rectification/v1/tasks", access("REGULATOR"));
        rules.put("GET /api/rectification/v1/notices", access("ENTERPRISE"));
        rules.put("GET /api/rectification/v1/tasks/{taskId}", access(Set.of("REGULATOR", "ENTERPRISE"),
                seen("ent-a's task in Hangzhou", "taskId", EdgeWorld.task(w.failedSample),
                        union(HANGZHOU_REGULATORS, "ent-a")),
                seen("a task in Nanjing", "taskId", EdgeWorld.task(w.nanjingFailedSample), NANJING_REGULATORS),
                absent("taskId", absentTask)));
        rules.put("POST /api/rectification/v1/tasks/{taskId}/acknowledgement", access(Set.of("ENTERPRISE"),
                seen("ent-a's task", "taskId", EdgeWorld.task(w.failedSample), "ent-a"),
                seen("a task in Nanjing", "taskId", EdgeWorld.task(w.nanjingFailedSample)),
                absent("taskId", absentTask)));
        evidence(rules, w, absentTask);

        String absentUscc = TestUsccs.valid(EdgeWorld.HANGZHOU);
        String credit = "/api/credit/v1";
        rules.put("GET " + credit + "/enterprises", access("REGULATOR"));
        for (String path : List.of("/enterprises/{uscc}", "/enterprises/{uscc}/records")) {
            rules.put("GET " + credit + path, access(Set.of("REGULATOR", "ENTERPRISE"),
                    seen("ent-a's credit file", "uscc", EdgeWorld.ENT_A, union(HANGZHOU_REGULATORS, "ent-a")),
                    seen("a Nanjing credit file", "uscc", w.nanjingUscc, NANJING_REGULATORS),
                    absent("uscc", absentUscc)));
        }
        // credit's registry: ADMIN and the regulators of the entry's region (a PUT elsewhere is 403
        // region-not-supervised); imports of any regulator are accepted (rows outside its area are refused per row)
        String registry = credit + "/registry";
        rules.put("GET " + registry, access(Set.of("ADMIN", "REGULATOR"), anyone()));
        rules.put("GET " + registry + "/{uscc}", access(Set.of("ADMIN", "REGULATOR"), absent("uscc", absentUscc)));
        rules.put("PUT " + registry + "/{uscc}", access(Set.of("ADMIN", "REGULATOR"),
                new Target("a Hangzhou registry entry", Map.of("uscc", TestUsccs.valid(EdgeWorld.HANGZHOU)),
                        union(HANGZHOU_REGULATORS, "admin"), 403, null)));
        rules.put("POST " + registry + "/imports", access(Set.of("ADMIN", "REGULATOR"), anyone()));
        rules.put("GET " + registry + "/imports/{jobId}", access(Set.of("ADMIN", "REGULATOR"),
                absent("jobId", "JB-" + UUID.randomUUID())));
        rules.put("POST " + credit + "/admin/reclassifications", access(Set.of("ADMIN"), anyone()));
        rules.put("GET " + credit + "/admin/reclassifications/{jobId}", access(Set.of("ADMIN"),
                absent("jobId", "RC-" + UUID.randomUUID())));
        rules.put("GET " + credit + "/data-quality/flags", access("REGULATOR"));
        rules.put("GET " + credit + "/data-quality/flags/{flagId}", access(Set.of("REGULATOR"),
                absent("flagId", "DQ-" + UUID.randomUUID())));

        credit(rules, w.credit);
        plans(rules, w);
        notices(rules, w);
        complaint(rules, w);
        recall(rules, w.recalls);
        monitor(rules, w);
        for (String service : List.of("inspection", "rectification", "credit", "complaint", "recall", "monitor")) {
            String admin = "/api/" + service + "/v1/admin/dead-letters/{topic}";
            rules.put("GET " + admin, access(Set.of("ADMIN"), seen("a dead-letter topic", "topic",
                    "credit.enterprises-dlt", "admin")));
            rules.put("POST " + admin + "/{partition}/{offset}/replay", access(Set.of("ADMIN"),
                    new Target("no dead letter at that offset", Map.of("topic", "credit.enterprises-dlt",
                            "partition", "0", "offset", "999999999"), Set.of(), 404, null)));
        }
        return rules;
    }

    /**
     * Credit's penalties, lists and repairs (issue 11, PenaltyAuthorizationMatrixTest): a regulator records, revokes
     * and lists the penalties and the list entries of its region (a new one outside it: 403
     * region-not-supervised), the enterprise reads its own penalties; the enterprise uploads its evidence and applies
     * for the repair of its own penalties (another's: the penalty does not exist), the regulators of the region
     * decide; the enterprise and those regulators read an application and its evidence; the public publication and
     * the lists' lookup for anyone. The Nanjing enterprise is no demo user: of the demo users only regulator-cn sees
     * its things.
     */
    private static void credit(Map<String, Access> rules, EdgeCredit c) {
        String api = "/api/credit/v1";
        EdgeCredit.Region hz = c.hangzhou;
        EdgeCredit.Region nj = c.nanjing;
        String penalties = api + "/penalties";
        String absentPenalty = "PN-" + hex(20).toUpperCase(java.util.Locale.ROOT);
        rules.put("GET " + penalties, access("REGULATOR"));
        rules.put("POST " + penalties, access(Set.of("REGULATOR"),
                new Target("a penalty of ent-a in Hangzhou", Map.of(), HANGZHOU_REGULATORS, 403, null),
                new Target("a penalty of an enterprise in Nanjing", Map.of(), NANJING_REGULATORS, 403,
                        EdgeWorld.tree(EdgeCredit.penalty("宁市监罚", nj.uscc(), "南京示例食品有限公司", nj.region(),
                                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(10))))));
        rules.put("GET " + penalties + "/{id}", access(Set.of("REGULATOR", "ENTERPRISE"),
                seen("ent-a's penalty in Hangzhou", "id", hz.recentPenalty(), union(HANGZHOU_REGULATORS, "ent-a")),
                seen("a penalty in Nanjing", "id", nj.recentPenalty(), NANJING_REGULATORS),
                absent("id", absentPenalty)));
        rules.put("POST " + penalties + "/{id}/revocation", access(Set.of("REGULATOR"),
                seen("ent-a's penalty in Hangzhou", "id", hz.penaltyToRevoke(), HANGZHOU_REGULATORS),
                seen("a penalty in Nanjing", "id", nj.penaltyToRevoke(), NANJING_REGULATORS),
                absent("id", absentPenalty)));

        String lists = api + "/lists";
        String absentEntry = "AL-" + hex(20).toUpperCase(java.util.Locale.ROOT);
        rules.put("GET " + lists, access("REGULATOR"));
        rules.put("GET " + lists + "/entries/{id}", access(Set.of("REGULATOR"),
                seen("ent-a's abnormal-operation entry", "id", hz.listEntry(), HANGZHOU_REGULATORS),
                seen("an abnormal-operation entry in Nanjing", "id", nj.listEntry(), NANJING_REGULATORS),
                absent("id", absentEntry)));
        rules.put("POST " + lists + "/abnormal-operation", access(Set.of("REGULATOR"),
                new Target("an entry in Hangzhou", Map.of(), HANGZHOU_REGULATORS, 403, null),
                new Target("an entry in Nanjing (its open one)", Map.of(), NANJING_REGULATORS, 403,
                        EdgeWorld.tree(EdgeCredit.abnormal(nj.uscc(), "南京示例食品有限公司", nj.region(),
                                "MISSED_ANNUAL_REPORT")))));
        rules.put("POST " + lists + "/entries/{id}/removal", access(Set.of("REGULATOR"),
                seen("ent-a's abnormal-operation entry", "id", hz.entryToRemove(), HANGZHOU_REGULATORS),
                seen("an abnormal-operation entry in Nanjing", "id", nj.entryToRemove(), NANJING_REGULATORS),
                absent("id", absentEntry)));

        String repairs = api + "/repairs";
        String absentRepair = "RP-" + hex(20).toUpperCase(java.util.Locale.ROOT);
        rules.put("PUT " + repairs + "/evidence/{evidenceId}", access(Set.of("ENTERPRISE"),
                new Target("new evidence of the caller's own", Map.of("evidenceId", "{fresh}"), EVERYONE, 404, null)));
        rules.put("POST " + repairs, access(Set.of("ENTERPRISE"),
                // its body named here (the base's), so that its 404 is compared without the penalty's id
                new Target("a repair of ent-a's eligible penalty", Map.of(), Set.of("ent-a"), 404,
                        EdgeWorld.tree(EdgeCredit.repair(hz.penaltyToRepair(), hz.evidence()))),
                new Target("a repair of a Nanjing enterprise's penalty", Map.of(), Set.of(), 404,
                        EdgeWorld.tree(EdgeCredit.repair(nj.penaltyToRepair(), nj.evidence()))),
                new Target(ABSENT, Map.of(), Set.of(), 404, EdgeWorld.tree(EdgeCredit.repair(absentPenalty,
                        hz.evidence())))));
        rules.put("GET " + repairs, access(Set.of("REGULATOR", "ENTERPRISE"), anyone()));
        rules.put("GET " + repairs + "/{id}", access(Set.of("REGULATOR", "ENTERPRISE"),
                seen("ent-a's application in Hangzhou", "id", hz.repairToDecide(),
                        union(HANGZHOU_REGULATORS, "ent-a")),
                seen("an application in Nanjing", "id", nj.repairToDecide(), NANJING_REGULATORS),
                absent("id", absentRepair)));
        rules.put("GET " + repairs + "/{id}/evidence/{evidenceId}", access(Set.of("REGULATOR", "ENTERPRISE"),
                new Target("the evidence of ent-a's application", Map.of("id", hz.repairToDecide(), "evidenceId",
                        hz.evidence()), union(HANGZHOU_REGULATORS, "ent-a"), 404, null),
                new Target("the evidence of an application in Nanjing", Map.of("id", nj.repairToDecide(),
                        "evidenceId", nj.evidence()), NANJING_REGULATORS, 404, null),
                new Target(ABSENT, Map.of("id", absentRepair, "evidenceId", hz.evidence()), Set.of(), 404, null)));
        rules.put("POST " + repairs + "/{id}/decision", access(Set.of("REGULATOR"),
                seen("ent-a's application in Hangzhou", "id", hz.repairToDecide(), HANGZHOU_REGULATORS),
                seen("an application in Nanjing", "id", nj.repairToDecide(), NANJING_REGULATORS),
                absent("id", absentRepair)));

        rules.put("GET " + api + "/public/penalties", new Access(ALL_ROLES, true, List.of(anyone())));
        rules.put("GET " + api + "/public/lists", new Access(ALL_ROLES, true,
                List.of(anyone().query("uscc", EdgeWorld.ENT_A))));
    }

    /**
     * Plans, their draws, the pools and tasks (issue 10): plans and draws for the regulators of the plan's region,
     * an inspector put by the regulators of its region, tasks for their pair and the regulators of their region,
     * the public record of a draw and its verification for anyone.
     */
    private static void plans(Map<String, Access> rules, EdgeWorld w) {
        String api = "/api/inspection/v1";
        String absentPlan = "PL-" + hex(24);
        rules.put("GET " + api + "/plans", access("REGULATOR"));
        rules.put("POST " + api + "/plans", access(Set.of("REGULATOR"),
                new Target("a plan for Hangzhou", Map.of(), HANGZHOU_REGULATORS, 403, null),
                new Target("a plan for Nanjing", Map.of(), NANJING_REGULATORS, 403,
                        EdgeWorld.tree(EdgePlans.plan("320100")))));
        rules.put("GET " + api + "/plans/{planId}", access(Set.of("REGULATOR"),
                seen("regulator1's Hangzhou plan", "planId", w.plans.plan, HANGZHOU_REGULATORS),
                absent("planId", absentPlan)));
        rules.put("POST " + api + "/plans/{planId}/draws", access(Set.of("REGULATOR"),
                seen("regulator1's Hangzhou plan", "planId", w.plans.plan, HANGZHOU_REGULATORS),
                absent("planId", absentPlan)));
        // rows outside the regulator's area are refused per row in the job, so any regulator's import is accepted
        rules.put("POST " + api + "/pool/enterprises:import", access("REGULATOR"));
        rules.put("GET " + api + "/pool/jobs/{jobId}", access(Set.of("REGULATOR"),
                absent("jobId", "JB-" + UUID.randomUUID())));
        rules.put("PUT " + api + "/pool/inspectors/{inspectorId}", access(Set.of("REGULATOR"),
                new Target("an inspector of Hangzhou", Map.of("inspectorId", "{fresh}"), HANGZHOU_REGULATORS, 403,
                        null),
                new Target("an inspector of Nanjing", Map.of("inspectorId", "{fresh}"), NANJING_REGULATORS, 403,
                        EdgeWorld.tree(EdgePlans.inspector("320100")))));
        rules.put("GET " + api + "/tasks/mine", access("INSPECTOR"));
        rules.put("GET " + api + "/tasks/{taskId}", access(Set.of("INSPECTOR", "REGULATOR"),
                absent("taskId", "TK-" + hex(24))));
        for (String path : List.of("GET " + api + "/public/draws/{drawId}",
                "POST " + api + "/public/draws/{drawId}:verify")) {
            rules.put(path, new Access(ALL_ROLES, true, List.of(
                    new Target("the Hangzhou plan's draw", Map.of("drawId", w.plans.draw), EVERYONE, 404, null),
                    new Target(ABSENT, Map.of("drawId", "DR-" + hex(24)), Set.of(), 404, null))));
        }
    }

    /**
     * ent-a's and ent-b's subscriptions, each only its owner's; what regulators see of deliveries; the links of the
     * mails, public, whose token is the credential (a confirmation link once followed looks like one never sent).
     */
    private static void notices(Map<String, Access> rules, EdgeWorld w) {
        String api = "/api/rectification/v1";
        String subscriptions = api + "/subscriptions";
        EdgeSubscriptions s = w.subscriptions;
        String absentSubscription = UUID.randomUUID().toString();
        rules.put("GET " + subscriptions, access("ENTERPRISE"));
        rules.put("POST " + subscriptions, access("ENTERPRISE"));
        for (String action : List.of("GET /{id}", "POST /{id}/secret-rotation", "GET /{id}/deliveries")) {
            String[] methodAndPath = action.split(" ");
            rules.put(methodAndPath[0] + " " + subscriptions + methodAndPath[1], access(Set.of("ENTERPRISE"),
                    seen("ent-a's webhook", "id", s.webhook, "ent-a"),
                    seen("ent-b's webhook", "id", s.entB, "ent-b"),
                    absent("id", absentSubscription)));
        }
        rules.put("DELETE " + subscriptions + "/{id}", access(Set.of("ENTERPRISE"),
                seen("ent-a's webhook to delete directly", "id", s.toDelete.get(0), "ent-a").only("direct"),
                seen("ent-a's webhook to delete via the gateway", "id", s.toDelete.get(1), "ent-a").only("gateway"),
                absent("id", absentSubscription)));
        rules.put("POST " + subscriptions + "/{id}/deliveries/{deliveryId}/redelivery", access(Set.of("ENTERPRISE"),
                new Target("ent-a's FAILED email delivery", Map.of("id", s.email, "deliveryId",
                        w.failedDelivery.delivery()), Set.of("ent-a"), 404, null),
                new Target(ABSENT, Map.of("id", s.email, "deliveryId", s.email + ":RT-" + UUID.randomUUID()
                        + ":RECTIFICATION_ORDER"), Set.of(), 404, null)));
        rules.put("GET " + api + "/deliveries", new Access(Set.of("REGULATOR"), false,
                List.of(anyone().query("status", "FAILED"))));
        rules.put("GET " + api + "/notices/{taskId}", access(Set.of("ENTERPRISE"),
                seen("ent-a's task", "taskId", EdgeWorld.task(w.failedSample), "ent-a"),
                seen("a task in Nanjing", "taskId", EdgeWorld.task(w.nanjingFailedSample)),
                absent("taskId", "RT-" + UUID.randomUUID())));
        String unknownToken = UUID.randomUUID().toString().replace("-", "");
        rules.put("GET " + api + "/public/subscriptions/confirmation", new Access(ALL_ROLES, true, List.of(
                new Target("a confirmation link already followed", Map.of(), Set.of(), 404, null)
                        .query("token", s.followedConfirmation),
                new Target(ABSENT, Map.of(), Set.of(), 404, null).query("token", unknownToken))));
        rules.put("GET " + api + "/public/notices/read", new Access(ALL_ROLES, true, List.of(
                new Target("the read link of ent-a's notice mail", Map.of(), EVERYONE, 404, null)
                        .query("token", w.failedDelivery.readToken()),
                new Target(ABSENT, Map.of(), Set.of(), 404, null).query("token", unknownToken))));
    }

    /**
     * The regulator console's reads for the regulators of the regions they supervise (a timeline or an alert
     * outside them is one that does not exist, the KPIs of a region outside them a 403), the live stream for them
     * and the operators, the operations view for the operators only.
     */
    private static void monitor(Map<String, Access> rules, EdgeWorld w) {
        String api = "/api/monitor/v1";
        rules.put("GET " + api + "/alerts", access("REGULATOR"));
        rules.put("GET " + api + "/alert-rules", access("REGULATOR"));
        rules.put("GET " + api + "/operations", access("ADMIN"));
        rules.put("GET " + api + "/stream", access(Set.of("REGULATOR", "ADMIN"), anyone()));
        rules.put("GET " + api + "/kpis", access(Set.of("REGULATOR"), anyone(),
                new Target("Hangzhou's", Map.of(), HANGZHOU_REGULATORS, 403, null).query("region", EdgeWorld.HANGZHOU),
                new Target("Nanjing's", Map.of(), NANJING_REGULATORS, 403, null).query("region", EdgeWorld.NANJING)));
        rules.put("GET " + api + "/timeline", access(Set.of("REGULATOR"),
                new Target("ent-a's failed sample in Hangzhou", Map.of(), HANGZHOU_REGULATORS, 404, null)
                        .query("subject", w.failedSample),
                new Target("a failed sample in Nanjing", Map.of(), NANJING_REGULATORS, 404, null)
                        .query("subject", w.nanjingFailedSample),
                new Target(ABSENT, Map.of(), Set.of(), 404, null).query("subject", UUID.randomUUID().toString())));
        rules.put("GET " + api + "/enterprises/{uscc}/timeline", access(Set.of("REGULATOR"),
                seen("ent-a in Hangzhou", "uscc", EdgeWorld.ENT_A, HANGZHOU_REGULATORS),
                seen("an enterprise in Nanjing", "uscc", w.nanjingUscc, NANJING_REGULATORS),
                absent("uscc", TestUsccs.valid(EdgeWorld.HANGZHOU))));
        String absentAlert = "AL-" + "0".repeat(16);
        for (String action : List.of("/acknowledgement", "/resolution")) {
            rules.put("POST " + api + "/alerts/{alertId}" + action, access(Set.of("REGULATOR"),
                    seen("a class-D alert in Hangzhou", "alertId", w.alerts.hangzhou, HANGZHOU_REGULATORS),
                    seen("a class-D alert in Nanjing", "alertId", w.alerts.nanjing, NANJING_REGULATORS),
                    absent("alertId", absentAlert)));
        }
    }

    /**
     * Leads for the regulators of their region; investigations and recalls for them and for their producer; plans,
     * progress and summaries for the producer only; the public feed for anyone, without what is not published yet.
     */
    private static void recall(Map<String, Access> rules, EdgeRecalls w) {
        String api = "/api/recall/v1";
        String absentLead = "RL-" + hex(24);
        rules.put("GET " + api + "/leads", access("REGULATOR"));
        rules.put("POST " + api + "/leads", access(Set.of("REGULATOR"),
                new Target("a lead found in Hangzhou", Map.of(), HANGZHOU_REGULATORS, 403, null),
                new Target("a lead found in Nanjing", Map.of(), NANJING_REGULATORS, 403,
                        EdgeWorld.tree(RecallFlow.lead(EdgeRecalls.ENT_B, EdgeWorld.NANJING)))));
        rules.put("GET " + api + "/leads/{leadId}", leadRule(w.leadToInvestigate, w.nanjingLead, absentLead));
        rules.put("POST " + api + "/leads/{leadId}/dismissal", leadRule(w.leadToDismiss, w.nanjingLead, absentLead));
        rules.put("POST " + api + "/investigations", access(Set.of("REGULATOR"),
                new Target("a lead found in Hangzhou", Map.of(), HANGZHOU_REGULATORS, 404, null),
                new Target("a lead found in Nanjing", Map.of(), NANJING_REGULATORS, 404,
                        EdgeWorld.tree(Map.of("leadId", w.nanjingLead))),
                new Target(ABSENT, Map.of(), Set.of(), 404, EdgeWorld.tree(Map.of("leadId", absentLead)))));
        String investigations = api + "/investigations";
        String absentInvestigation = "RI-" + hex(24);
        rules.put("GET " + investigations, access(Set.of("REGULATOR", "ENTERPRISE"), anyone()));
        rules.put("GET " + investigations + "/{investigationId}", access(Set.of("REGULATOR", "ENTERPRISE"),
                seen("ent-a's, found in Hangzhou", "investigationId", w.openInvestigation,
                        union(HANGZHOU_REGULATORS, "ent-a")),
                seen("ent-b's, found in Nanjing", "investigationId", w.nanjingInvestigation,
                        union(NANJING_REGULATORS, "ent-b")),
                absent("investigationId", absentInvestigation)));
        rules.put("POST " + investigations + "/{investigationId}/objection", access(Set.of("ENTERPRISE"),
                seen("ent-a's", "investigationId", w.openInvestigation, "ent-a"),
                seen("ent-b's", "investigationId", w.nanjingInvestigation, "ent-b"),
                absent("investigationId", absentInvestigation)));
        Map<String, String> handled = Map.of("/conclusion", w.objectedInvestigation,
                "/recall-order", w.confirmedInvestigation);
        handled.forEach((action, investigation) -> rules.put("POST " + investigations + "/{investigationId}" + action,
                access(Set.of("REGULATOR"),
                        seen("ent-a's, found in Hangzhou", "investigationId", investigation, HANGZHOU_REGULATORS),
                        seen("ent-b's, found in Nanjing", "investigationId", w.nanjingInvestigation,
                                NANJING_REGULATORS),
                        absent("investigationId", absentInvestigation))));

        String recalls = api + "/recalls";
        Map<String, Object> nanjingPlan = RecallFlow.plan(EdgeRecalls.ENT_B);
        nanjingPlan.put("investigationId", w.nanjingInvestigation);
        rules.put("GET " + recalls, access(Set.of("REGULATOR", "ENTERPRISE"), anyone()));
        rules.put("POST " + recalls, access(Set.of("ENTERPRISE"),
                new Target("ent-a's recall in its investigation", Map.of(), Set.of("ent-a"), 403, null),
                new Target("ent-b's recall in its investigation in Nanjing", Map.of(), Set.of("ent-b"), 403,
                        EdgeWorld.tree(nanjingPlan))));
        recallActions(rules, recalls + "/{recallId}", w);
        String absentRecall = "RC-" + hex(12).toUpperCase(java.util.Locale.ROOT);
        rules.put("GET " + api + "/public/recalls", new Access(ALL_ROLES, true, List.of(anyone())));
        rules.put("GET " + api + "/public/recalls/{recallNumber}", new Access(ALL_ROLES, true, List.of(
                new Target("ent-a's ordered recall", Map.of("recallNumber", w.orderedRecall), EVERYONE, 404, null),
                new Target("ent-a's recall whose plan is not accepted yet", Map.of("recallNumber", w.submittedRecall),
                        Set.of(), 404, null),
                new Target(ABSENT, Map.of("recallNumber", absentRecall), Set.of(), 404, null))));
    }

    private static void recallActions(Map<String, Access> rules, String recall, EdgeRecalls w) {
        String absentRecall = "RC-" + hex(12).toUpperCase(java.util.Locale.ROOT);
        rules.put("GET " + recall, access(Set.of("REGULATOR", "ENTERPRISE"),
                seen("ent-a's, in Hangzhou", "recallId", w.orderedRecall, union(HANGZHOU_REGULATORS, "ent-a")),
                seen("ent-b's, in Nanjing", "recallId", w.nanjingRecall, union(NANJING_REGULATORS, "ent-b")),
                absent("recallId", absentRecall)));
        Map<String, String> produced = Map.of("/plan", w.orderedRecall, "/summary", w.recallToSummarize);
        produced.forEach((action, id) -> rules.put("PUT " + recall + action, access(Set.of("ENTERPRISE"),
                seen("ent-a's", "recallId", id, "ent-a"),
                seen("ent-b's", "recallId", w.nanjingRecall, "ent-b"),
                absent("recallId", absentRecall))));
        rules.put("PUT " + recall + "/progress-reports/{number}", access(Set.of("ENTERPRISE"),
                new Target("ent-a's, its report 1", Map.of("recallId", w.ongoingRecall, "number", "1"),
                        Set.of("ent-a"), 404, null),
                new Target("ent-b's, its report 1", Map.of("recallId", w.nanjingRecall, "number", "1"),
                        Set.of("ent-b"), 404, null),
                new Target(ABSENT, Map.of("recallId", absentRecall, "number", "1"), Set.of(), 404, null)));
        Map<String, String> handled = Map.of("/review", w.submittedRecall, "/closure", w.recallToClose);
        handled.forEach((action, id) -> rules.put("POST " + recall + action, access(Set.of("REGULATOR"),
                seen("ent-a's, in Hangzhou", "recallId", id, HANGZHOU_REGULATORS),
                seen("ent-b's, in Nanjing", "recallId", w.nanjingRecall, NANJING_REGULATORS),
                absent("recallId", absentRecall))));
    }

    private static Access leadRule(String hangzhou, String nanjing, String absentLead) {
        return access(Set.of("REGULATOR"),
                seen("a lead found in Hangzhou", "leadId", hangzhou, HANGZHOU_REGULATORS),
                seen("a lead found in Nanjing", "leadId", nanjing, NANJING_REGULATORS),
                absent("leadId", absentLead));
    }

    /** {@code digits} random lower-case hex digits. */
    private static String hex(int digits) {
        return UUID.randomUUID().toString().replace("-", "").substring(0, digits);
    }

    private static void complaint(Map<String, Access> rules, EdgeWorld w) {
        String cases = "/api/complaint/v1/cases";
        String absentCase = "CC-" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        rules.put("GET /api/complaint/v1/categories", new Access(ALL_ROLES, true, List.of(anyone())));
        rules.put("GET /api/complaint/v1/public/regions/{region}/top-businesses", new Access(ALL_ROLES, true,
                List.of(new Target("Hangzhou's", Map.of("region", EdgeWorld.HANGZHOU), EVERYONE, 404, null))));
        rules.put("GET /api/complaint/v1/public/businesses/{uscc}/stats", new Access(ALL_ROLES, true,
                List.of(new Target("ent-a's", Map.of("uscc", EdgeWorld.ENT_A), EVERYONE, 404, null))));
        rules.put("POST " + cases, new Access(Set.of("CONSUMER"), true, List.of(
                new Target("a complaint (needs a login)", Map.of(), Set.of("consumer1", "consumer2"), 400, null),
                new Target("a report (may be anonymous)", Map.of(), Set.of("consumer1", "consumer2", ANONYMOUS), 400,
                        EdgeWorld.tree(EdgeWorld.report(EdgeWorld.ENT_A, EdgeWorld.HANGZHOU))))));
        rules.put("GET " + cases, access("REGULATOR"));
        rules.put("GET " + cases + "/mine", access("CONSUMER"));
        rules.put("GET " + cases + "/against-me", access("ENTERPRISE"));
        rules.put("GET " + cases + "/{caseId}", access(Set.of("CONSUMER", "ENTERPRISE", "REGULATOR"),
                seen("consumer1's complaint about ent-a", "caseId", w.receivedComplaint,
                        union(HANGZHOU_REGULATORS, "consumer1", "ent-a")),
                seen("consumer1's report about ent-a", "caseId", w.acceptedReport,
                        union(HANGZHOU_REGULATORS, "consumer1", "ent-a")),
                seen("consumer2's complaint in Nanjing", "caseId", w.nanjingComplaint,
                        union(NANJING_REGULATORS, "consumer2")),
                absent("caseId", absentCase)));
        Map<String, String> handled = new LinkedHashMap<>();
        handled.put("/decision", w.receivedComplaint);
        handled.put("/send-back", w.receivedComplaint2);
        handled.put("/mediation/pause", w.mediatingComplaint);
        handled.put("/mediation/resume", w.mediatingComplaint);
        handled.put("/mediation/conclusion", w.mediatingComplaint);
        handled.put("/extensions", w.acceptedReport);
        handled.put("/report-decision", w.acceptedReport);
        handled.forEach((action, caseId) -> rules.put("POST " + cases + "/{caseId}" + action,
                access(Set.of("REGULATOR"),
                        seen("a case handled in Hangzhou", "caseId", caseId, HANGZHOU_REGULATORS),
                        seen("a case handled in Nanjing", "caseId", w.nanjingComplaint, NANJING_REGULATORS),
                        absent("caseId", absentCase))));
        Map<String, String> parties = Map.of("/mediation/consent", w.acceptedComplaint,
                "/mediation/statements", w.mediatingComplaint);
        parties.forEach((action, caseId) -> rules.put("POST " + cases + "/{caseId}" + action,
                access(Set.of("CONSUMER", "ENTERPRISE"),
                        seen("consumer1's complaint about ent-a", "caseId", caseId, "consumer1", "ent-a"),
                        seen("consumer2's complaint in Nanjing", "caseId", w.nanjingComplaint, "consumer2"),
                        absent("caseId", absentCase))));
    }

    /**
     * A sample's photos: its signing inspectors add them; whoever may read the sample (its inspectors, labs, the
     * regulators of its region, its enterprise) reads them; everyone else is told the sample does not exist.
     */
    private static void photos(Map<String, Access> rules, EdgeWorld w, String absentSample) {
        String photos = "/api/inspection/v1/samples/{sampleId}/photos";
        rules.put("PUT " + photos + "/{photoId}", access(Set.of("INSPECTOR"),
                new Target("a new photo of a Hangzhou sample signed by inspector1",
                        Map.of("sampleId", w.openSample, "photoId", "{fresh}"), Set.of("inspector1"), 404, null),
                new Target("a new photo of a Nanjing sample signed by inspector-cn1",
                        Map.of("sampleId", w.nanjingOpenSample, "photoId", "{fresh}"), Set.of("inspector-cn1"), 404,
                        null),
                new Target(ABSENT, Map.of("sampleId", absentSample, "photoId", "{fresh}"), Set.of(), 404, null)));
        Set<String> readers = Set.of("INSPECTOR", "LAB", "REGULATOR", "ENTERPRISE");
        Set<String> hangzhou = union(HANGZHOU_REGULATORS, "inspector1", "lab1", "ent-a");
        Set<String> nanjing = union(NANJING_REGULATORS, "inspector-cn1", "lab1");
        rules.put("GET " + photos + "/{photoId}", access(readers,
                new Target("a photo of a Hangzhou sample of ent-a",
                        Map.of("sampleId", w.openSample, "photoId", w.photo), hangzhou, 404, null),
                new Target("a photo of a Nanjing sample",
                        Map.of("sampleId", w.nanjingOpenSample, "photoId", w.nanjingPhoto), nanjing, 404, null),
                new Target(ABSENT, Map.of("sampleId", absentSample, "photoId", w.photo), Set.of(), 404, null)));
        rules.put("GET " + photos, access(readers,
                seen("the photos of a Hangzhou sample of ent-a", "sampleId", w.openSample, hangzhou),
                seen("the photos of a Nanjing sample", "sampleId", w.nanjingOpenSample, nanjing),
                absent("sampleId", absentSample)));
    }

    /**
     * A task's evidence, report and review: its enterprise uploads evidence and reports, the regulators of its region
     * review; the enterprise and those regulators read the evidence; everyone else is told the task does not exist.
     * No evidence is uploaded in the world before the matrix runs, so a download is tried on an absent task only (the
     * service's ReportApiTest downloads as the owner and regulators, and as others who get 404).
     */
    private static void evidence(Map<String, Access> rules, EdgeWorld w, String absentTask) {
        String task = "/api/rectification/v1/tasks/{taskId}";
        String hangzhou = EdgeWorld.task(w.failedSample);
        String nanjing = EdgeWorld.task(w.nanjingFailedSample);
        rules.put("PUT " + task + "/evidence/{evidenceId}", access(Set.of("ENTERPRISE"),
                new Target("new evidence for ent-a's task", Map.of("taskId", hangzhou, "evidenceId", "{fresh}"),
                        Set.of("ent-a"), 404, null),
                new Target("new evidence for a task in Nanjing", Map.of("taskId", nanjing, "evidenceId", "{fresh}"),
                        Set.of(), 404, null),
                new Target(ABSENT, Map.of("taskId", absentTask, "evidenceId", "{fresh}"), Set.of(), 404, null)));
        Set<String> readers = Set.of("REGULATOR", "ENTERPRISE");
        rules.put("GET " + task + "/evidence", access(readers,
                seen("the evidence of ent-a's task", "taskId", hangzhou, union(HANGZHOU_REGULATORS, "ent-a")),
                seen("the evidence of a task in Nanjing", "taskId", nanjing, NANJING_REGULATORS),
                absent("taskId", absentTask)));
        // only the absent task: the owner's 404 for evidence it never uploaded names the evidence, not the task
        rules.put("GET " + task + "/evidence/{evidenceId}", access(readers,
                new Target(ABSENT, Map.of("taskId", absentTask, "evidenceId", "never-uploaded"), Set.of(), 404,
                        null)));
        rules.put("POST " + task + "/report", access(Set.of("ENTERPRISE"),
                seen("ent-a's task", "taskId", hangzhou, "ent-a"),
                seen("a task in Nanjing", "taskId", nanjing),
                absent("taskId", absentTask)));
        rules.put("POST " + task + "/report/review", access(Set.of("REGULATOR"),
                seen("ent-a's task", "taskId", hangzhou, HANGZHOU_REGULATORS),
                seen("a task in Nanjing", "taskId", nanjing, NANJING_REGULATORS),
                absent("taskId", absentTask)));
        // a deadline is extended by the regulators of the task's region; the KPIs of a region outside theirs: 403
        rules.put("POST " + task + "/extensions", access(Set.of("REGULATOR"),
                seen("ent-a's task", "taskId", hangzhou, HANGZHOU_REGULATORS),
                seen("a task in Nanjing", "taskId", nanjing, NANJING_REGULATORS),
                absent("taskId", absentTask)));
        rules.put("GET /api/rectification/v1/kpis", access(Set.of("REGULATOR"), anyone(),
                new Target("Hangzhou's", Map.of(), HANGZHOU_REGULATORS, 403, null).query("region", EdgeWorld.HANGZHOU),
                new Target("Nanjing's", Map.of(), NANJING_REGULATORS, 403, null).query("region", EdgeWorld.NANJING)));
    }

    /** The rule of each operation; throws naming every operation that has none. */
    static Map<ApiOperation, Access> of(List<ApiOperation> operations, Map<String, Access> rules) {
        List<String> missing = operations.stream().map(ApiOperation::key).filter(k -> !rules.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no access rule for " + missing
                    + ": add one to AccessRules.rules (who may call it, and whose data it reaches)");
        }
        Map<ApiOperation, Access> ordered = new LinkedHashMap<>();
        operations.forEach(o -> ordered.put(o, rules.get(o.key())));
        return ordered;
    }

    /** What inspector1 may not file: a form for an enterprise in Nanjing, outside the Hangzhou authority. */
    private static Map<String, Object> nanjingFormOfHangzhouInspectors(EdgeWorld w) {
        Map<String, Object> form = new LinkedHashMap<>(Flow.form(w.nanjingUscc, EdgeWorld.NANJING));
        form.put("inspectorIds", List.of("inspector1", "inspector2"));
        return form;
    }

    /**
     * The way from a FAIL to its final verdict (ADR 0019): the sampled enterprise accepts or contests its own samples'
     * results, a regulator of the enterprise's region decides; ent-a's failed sample (final already: its answers are
     * 422 refusals, allowed) and a Nanjing one that no demo enterprise owns.
     */
    private static void verdictRules(Map<String, Access> rules, EdgeWorld w, String samples, String absentSample) {
        rules.put("GET " + samples + "/mine", access("ENTERPRISE"));
        for (String action : List.of("/acceptance", "/objection", "/retest")) {
            rules.put("POST " + samples + "/{sampleId}/result" + action, access(Set.of("ENTERPRISE"),
                    seen("ent-a's failed sample", "sampleId", w.failedSample, "ent-a"),
                    seen("a Nanjing failed sample", "sampleId", w.nanjingFailedSample),
                    absent("sampleId", absentSample)));
        }
        for (String action : List.of("/objection/decision", "/retest/conclusion")) {
            rules.put("POST " + samples + "/{sampleId}/result" + action, access(Set.of("REGULATOR"),
                    seen("ent-a's failed sample in Hangzhou", "sampleId", w.failedSample, HANGZHOU_REGULATORS),
                    seen("a Nanjing failed sample", "sampleId", w.nanjingFailedSample, NANJING_REGULATORS),
                    absent("sampleId", absentSample)));
        }
    }

    private static Access access(String role) {
        return new Access(Set.of(role), false, List.of(anyone()));
    }

    private static Access access(Set<String> roles, Target... targets) {
        return new Access(roles, false, List.of(targets));
    }

    private static Target anyone() {
        return new Target("-", Map.of(), EVERYONE, 404, null);
    }

    private static Target seen(String name, String parameter, String value, String... users) {
        return new Target(name, Map.of(parameter, value), Set.of(users), 404, null);
    }

    private static Target seen(String name, String parameter, String value, Set<String> users) {
        return new Target(name, Map.of(parameter, value), users, 404, null);
    }

    private static Target absent(String parameter, String value) {
        return new Target(ABSENT, Map.of(parameter, value), Set.of(), 404, null);
    }

    private static Set<String> union(Set<String> users, String... more) {
        Set<String> all = new java.util.HashSet<>(users);
        all.addAll(List.of(more));
        return all;
    }

    private static Map<String, String> users() {
        Map<String, String> users = new LinkedHashMap<>();
        for (String[] user : new String[][] {{"consumer1", "CONSUMER"}, {"consumer2", "CONSUMER"},
                {"inspector1", "INSPECTOR"}, {"inspector-cn1", "INSPECTOR"}, {"lab1", "LAB"}, {"ent-a", "ENTERPRISE"},
                {"ent-b", "ENTERPRISE"}, {"regulator1", "REGULATOR"}, {"regulator-zj", "REGULATOR"},
                {"regulator-cn", "REGULATOR"}, {"admin", "ADMIN"}}) {
            users.put(user[0], user[1]);
        }
        return users;
    }
}
