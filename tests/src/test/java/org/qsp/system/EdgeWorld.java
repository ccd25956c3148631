package org.qsp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.qsp.platform.test.TestImages;
import org.qsp.platform.test.TestUsccs;
import tools.jackson.databind.JsonNode;

/**
 * The data the edge suites act on, made through the APIs as the demo users would: ent-a's notice subscriptions
 * ({@link EdgeSubscriptions}), samples of ent-a in Hangzhou and of an enterprise in Nanjing (each with a failed one
 * and its rectification task, whose notice to ent-a's email address FAILED), complaint cases in each state an
 * operation needs, filed by consumer1 against ent-a and by consumer2 against the Nanjing enterprise, and leads,
 * investigations and recalls ({@link EdgeRecalls}), an alert of the monitor in each region ({@link EdgeAlerts}), and
 * credit's penalties, list entries and repair applications in each region ({@link EdgeCredit}).
 * It is ready once nothing is in flight and no notice is still being
 * delivered. Each suite makes its own, so that what one suite's writes change does not matter to another, and closes
 * it when done.
 */
final class EdgeWorld implements AutoCloseable {

    static final String ENT_A = "91330100MA27XY012B";
    static final String HANGZHOU = "330106";
    static final String NANJING = "320106";

    /** Samples for ent-a (Hangzhou), filed by inspector1: one without a result, one failed. */
    final String openSample;
    final String failedSample;
    /** A photo of each open sample, uploaded by the inspector who filed it. */
    final String photo = "scene-" + UUID.randomUUID();
    final String nanjingPhoto = "scene-" + UUID.randomUUID();
    /**
     * Failed samples of ent-a whose verdict is not final: one to accept, one of a manufactured product to object to
     * (and decide), one of a food to have re-tested (and conclude).
     */
    final String pendingSample;
    final String objectionSample;
    final String retestSample;
    /** The same for an enterprise in Nanjing, filed by inspector-cn1. */
    final String nanjingUscc;
    final String nanjingOpenSample;
    final String nanjingFailedSample;
    /** consumer1's complaints against ent-a, by state; consumer2's against the Nanjing enterprise. */
    final String receivedComplaint;
    final String receivedComplaint2;
    final String acceptedComplaint;
    final String mediatingComplaint;
    final String acceptedReport;
    final String nanjingComplaint;
    final EdgeSubscriptions subscriptions;
    final EdgeRecalls recalls;
    final EdgeAlerts alerts;
    /** A Hangzhou plan and its draw (issue 10). */
    final EdgePlans plans;
    /** Open tasks of ent-a for inspector1's pair, for the form and the visits (issue 10). */
    final EdgeTasks tasks;
    /** ent-a's email delivery of the notice of {@link #failedSample}'s task. */
    final EdgeSubscriptions.Failed failedDelivery;
    /** Penalties, list entries and repair applications of ent-a and of the Nanjing enterprise (issue 11). */
    final EdgeCredit credit;

    private final Stack stack;

    private EdgeWorld(Stack stack) {
        this.stack = stack;
        subscriptions = new EdgeSubscriptions(stack);
        Flow flow = new Flow(stack);
        nanjingUscc = flow.newUscc(NANJING);
        openSample = UUID.randomUUID().toString();
        failedSample = UUID.randomUUID().toString();
        nanjingOpenSample = UUID.randomUUID().toString();
        nanjingFailedSample = UUID.randomUUID().toString();
        pendingSample = UUID.randomUUID().toString();
        objectionSample = UUID.randomUUID().toString();
        retestSample = UUID.randomUUID().toString();
        ok(flow.putForm(pendingSample, ENT_A, HANGZHOU));
        ok(flow.putResult(pendingSample, "FAIL"));
        ok(flow.putForm(objectionSample, ENT_A, HANGZHOU, Map.of("productClass", "MANUFACTURED")));
        ok(flow.putResult(objectionSample, "FAIL"));
        ok(flow.putForm(retestSample, ENT_A, HANGZHOU, Map.of("productClass", "FOOD")));
        ok(flow.putResult(retestSample, "FAIL"));
        ok(flow.putForm(openSample, ENT_A, HANGZHOU));
        flow.sample(failedSample, ENT_A, HANGZHOU, "FAIL");
        ok(flow.putForm(nanjingOpenSample, nanjingUscc, NANJING));
        flow.sample(nanjingFailedSample, nanjingUscc, NANJING, "FAIL");
        ok(photo(openSample, photo, "inspector1"));
        ok(photo(nanjingOpenSample, nanjingPhoto, "inspector-cn1"));

        receivedComplaint = file("consumer1", complaint(ENT_A, HANGZHOU));
        receivedComplaint2 = file("consumer1", complaint(ENT_A, HANGZHOU));
        acceptedComplaint = accepted(file("consumer1", complaint(ENT_A, HANGZHOU)));
        mediatingComplaint = accepted(file("consumer1", complaint(ENT_A, HANGZHOU)));
        ok(post("/api/complaint/v1/cases/" + mediatingComplaint + "/mediation/consent", "consumer1"));
        ok(post("/api/complaint/v1/cases/" + mediatingComplaint + "/mediation/consent", "ent-a"));
        acceptedReport = accepted(file("consumer1", report(ENT_A, HANGZHOU)));
        nanjingComplaint = file("consumer2", complaint(nanjingUscc, NANJING));

        await("the rectification tasks of both failed samples").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> exists("/api/rectification/v1/tasks/" + task(failedSample))
                        && exists("/api/rectification/v1/tasks/" + task(nanjingFailedSample)));
        recalls = new EdgeRecalls(stack);
        alerts = new EdgeAlerts(stack);
        plans = new EdgePlans(stack);
        tasks = new EdgeTasks(stack);
        credit = new EdgeCredit(stack, nanjingUscc);
        failedDelivery = subscriptions.failedDelivery(task(failedSample));
        stack.awaitSettled();
        subscriptions.awaitNothingPending();
    }

    @Override
    public void close() {
        subscriptions.close();
    }

    static EdgeWorld create(Stack stack) {
        return new EdgeWorld(stack);
    }

    static String task(String sampleId) {
        return "RT-" + sampleId;
    }

    /** A complaint of a consumer about a business in {@code region}, with every field an intake takes. */
    static Map<String, Object> complaint(String uscc, String region) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "COMPLAINT");
        body.put("complainant", Map.of("name", "消费者甲", "phone", "13800138000", "address", "杭州市西湖区文三路1号"));
        body.put("respondent", Map.of("name", "示例食品有限公司", "uscc", uscc, "address", "示例路8号", "region", region,
                "platform", Map.of("name", "某电商平台", "region", "330108")));
        body.put("category", "food");
        body.put("attributes", Map.of("product_name", "速冻水饺", "brand", "好味", "model", "500g/袋",
                "purchase_date", "2026-11-20", "purchase_place", "某超市"));
        body.put("request", "退货并赔偿");
        body.put("facts", "购买的速冻水饺已超过保质期仍在销售");
        body.put("channel", "APP");
        body.put("receivedAt", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("attachments", List.of("photo-1.jpg"));
        return body;
    }

    /** A report about a business in {@code region} by a named reporter: a report has no complainant and no request. */
    static Map<String, Object> report(String uscc, String region) {
        Map<String, Object> body = new LinkedHashMap<>(complaint(uscc, region));
        body.put("kind", "REPORT");
        body.remove("complainant");
        body.remove("request");
        body.put("reporter", Map.of("name", "举报人乙", "phone", "13900139000"));
        return body;
    }

    private Api.Response photo(String sampleId, String photoId, String inspector) {
        return Api.put(stack.inspection.uri("/api/inspection/v1/samples/" + sampleId + "/photos/" + photoId),
                stack.token(inspector), "image/jpeg", TestImages.jpeg(30_000, photoId.hashCode()));
    }

    private String file(String consumer, Map<String, Object> body) {
        Api.Response filed = Api.send("POST", stack.complaint.uri("/api/complaint/v1/cases"), stack.token(consumer),
                Api.json(body), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(filed.status()).as(filed.raw()).isEqualTo(201);
        return filed.body().path("caseId").asString();
    }

    private String accepted(String caseId) {
        ok(Api.post(stack.complaint.uri("/api/complaint/v1/cases/" + caseId + "/decision"), stack.token("regulator1"),
                Api.json(Map.of("decision", "ACCEPT"))));
        return caseId;
    }

    private Api.Response post(String path, String user) {
        return Api.post(stack.complaint.uri(path), stack.token(user), null);
    }

    private boolean exists(String path) {
        return Api.get(stack.rectification.uri(path), stack.token("regulator-cn")).status() == 200;
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.raw()).isIn(200, 201);
    }

    /** The JSON of a map, as a tree. */
    static JsonNode tree(Object value) {
        return Api.JSON.valueToTree(value);
    }
}
