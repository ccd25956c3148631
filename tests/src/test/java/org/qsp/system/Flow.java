package org.qsp.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.qsp.platform.region.Regions;
import tools.jackson.databind.JsonNode;

/** The calls of the failed-sample flow, as the inspector's phone, the lab and a regulator make them. */
final class Flow {

    /** Where the enterprises of {@link #newUscc()} are registered: Hangzhou, regulator1's city. */
    static final String REGION = "330100";
    /** Where a sampling form places its enterprise unless told otherwise: a county of Hangzhou. */
    static final String COUNTY = "330106";
    /** One sampling time for every form of a run: the same form sent twice must be byte-for-byte the same. */
    private static final String SAMPLED_AT = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
            .toString();
    private final Stack stack;

    Flow(Stack stack) {
        this.stack = stack;
    }

    /** A fresh enterprise registered in Hangzhou, which can log in (to accept its results). */
    String newUscc() {
        return newUscc(REGION);
    }

    /** A fresh enterprise registered in {@code region} that can log in ({@link Enterprises}). */
    String newUscc(String region) {
        return stack.enterprises.take(region);
    }

    static Map<String, Object> form(String uscc) {
        return form(uscc, COUNTY);
    }

    /**
     * A sampling form for the enterprise, located in the GB/T 2260 {@code region}, signed by the demo
     * pair whose authority covers the region ({@link #inspectorsFor}).
     */
    static Map<String, Object> form(String uscc, String region) {
        return Map.of(
                "enterprise", Map.of("uscc", uscc, "name", "示例食品有限公司", "region", region, "role", "PRODUCER"),
                "product", Map.of("name", "速冻水饺", "brand", "好味", "model", "500g/袋", "batch", "20261101"),
                "sampledAt", SAMPLED_AT,
                "inspectorIds", inspectorsFor(region));
    }

    /**
     * The demo inspectors who may sample in the region: Hangzhou's pair (330100) for its counties,
     * the national pair (100000) elsewhere. An inspector files forms only where their authority covers
     * the region.
     */
    static List<String> inspectorsFor(String region) {
        return Regions.covers(REGION, region) ? List.of("inspector1", "inspector2")
                : List.of("inspector-cn1", "inspector-cn2");
    }

    static Map<String, Object> result(String verdict) {
        return result(verdict, false);
    }

    /** A result of one microbiological item; a safety-related FAIL also opens a recall lead (-30 credit points). */
    static Map<String, Object> result(String verdict, boolean safetyRelated) {
        return Map.of(
                "items", List.of(Map.of("item", "菌落总数", "limit", "≤100000", "measured",
                        "FAIL".equals(verdict) ? "350000" : "2000", "unit", "CFU/g", "verdict", verdict,
                        "safetyRelated", safetyRelated)),
                "overallVerdict", verdict);
    }

    Api.Response putForm(String sampleId, String uscc) {
        return putForm(sampleId, uscc, COUNTY);
    }

    Api.Response putForm(String sampleId, String uscc, String region) {
        return Api.put(stack.inspection.uri("/api/inspection/v1/samples/" + sampleId),
                stack.token(inspectorsFor(region).getFirst()), Api.json(form(uscc, region)));
    }

    /** A form with more fields ({@code productClass}, {@code samplingType}…) than {@link #form(String, String)}. */
    Api.Response putForm(String sampleId, String uscc, String region, Map<String, Object> more) {
        Map<String, Object> form = new java.util.HashMap<>(form(uscc, region));
        form.putAll(more);
        return Api.put(stack.inspection.uri("/api/inspection/v1/samples/" + sampleId),
                stack.token(inspectorsFor(region).getFirst()), Api.json(form));
    }

    Api.Response putResult(String sampleId, String verdict) {
        return Api.put(stack.inspection.uri("/api/inspection/v1/samples/" + sampleId + "/result"),
                stack.token("lab1"), Api.json(result(verdict)));
    }

    void sample(String sampleId, String uscc, String verdict) {
        sample(sampleId, uscc, COUNTY, verdict);
    }

    /**
     * The inspector records the form of an enterprise in {@code region}, the lab the result; the enterprise accepts
     * a FAIL (so that it is final: rectification and credit act on the final verdict, ADR 0019).
     */
    void sample(String sampleId, String uscc, String region, String verdict) {
        assertThat(putForm(sampleId, uscc, region).status()).as("form of %s", sampleId).isIn(200, 201);
        assertThat(putResult(sampleId, verdict).status()).as("result of %s", sampleId).isIn(200, 201);
        if ("FAIL".equals(verdict)) {
            Api.Response accepted = accept(sampleId, uscc);
            assertThat(accepted.status()).as("acceptance of %s: %s", sampleId, accepted.raw()).isEqualTo(200);
        }
    }

    /** The enterprise accepts the FAIL of its sample (waives its objection): the verdict is final. */
    Api.Response accept(String sampleId, String uscc) {
        return Api.post(stack.inspection.uri("/api/inspection/v1/samples/" + sampleId + "/result/acceptance"),
                stack.enterpriseToken(uscc), null);
    }

    /** How many rectification tasks a regulator of the region sees for the enterprise. */
    long tasks(String uscc) {
        Api.Response response = Api.get(stack.rectification.uri("/api/rectification/v1/tasks?uscc=" + uscc
                + "&size=1"), stack.token("regulator1"));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().path("total").asLong();
    }

    /**
     * The enterprise's credit records about one source (a case, a recall), as regulator1 sees them through the gateway;
     * none while the enterprise has no credit file.
     */
    List<JsonNode> creditRecords(String uscc, String sourceId) {
        Api.Response response = Api.get(stack.gateway.uri("/api/credit/v1/enterprises/" + uscc + "/records?size=100"),
                stack.token("regulator1"));
        if (response.status() == 404) {
            return List.of();
        }
        return response.body().path("items").valueStream()
                .filter(r -> sourceId.equals(r.path("sourceId").asString())).toList();
    }

    /** The enterprise's credit records as a regulator of the region sees them (none: 404). */
    List<JsonNode> creditRecords(String uscc) {
        Api.Response response = Api.get(stack.credit.uri("/api/credit/v1/enterprises/" + uscc),
                stack.token("regulator1"));
        if (response.status() == 404) {
            return List.of();
        }
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().path("records").valueStream().toList();
    }
}
