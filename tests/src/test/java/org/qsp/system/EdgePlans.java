package org.qsp.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.qsp.platform.test.TestUsccs;

/**
 * A Hangzhou sampling plan of regulator1 and one draw of it (of a category no enterprise has: an empty pool draws
 * nothing and needs no inspectors), for the edge suites' plan, draw and public-draw operations.
 */
final class EdgePlans {

    static final String CATEGORY = "edge-empty";
    final String plan;
    final String draw;

    EdgePlans(Stack stack) {
        var published = Api.send("POST", stack.inspection.uri("/api/inspection/v1/plans"), stack.token("regulator1"),
                Api.json(plan("330100")), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(published.status()).as(published.raw()).isEqualTo(201);
        plan = published.body().path("planId").asString();
        var drawn = Api.send("POST", stack.inspection.uri("/api/inspection/v1/plans/" + plan + "/draws"),
                stack.token("regulator1"), Api.json(Map.of("seed", "edge")),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(drawn.status()).as(drawn.raw()).isEqualTo(201);
        draw = drawn.body().path("drawId").asString();
    }

    /** A city plan of the region (330100 Hangzhou, 320100 Nanjing) for the empty category. */
    static Map<String, Object> plan(String city) {
        return Map.of("year", 2026, "level", "CITY", "samplingType", "SUPERVISORY", "categories", List.of(CATEGORY),
                "region", city, "batchCount", 10,
                "classRatios", Map.of("A", 0.05, "B", 0.15, "C", 0.4, "D", 0.7));
    }

    /** The category of the rows the pool import's base request imports: no plan draws it. */
    static final String IMPORT_CATEGORY = "edge-import";

    /** Two NDJSON rows of Hangzhou enterprises (fresh USCCs) of {@link #IMPORT_CATEGORY}, as an import sends them. */
    static byte[] importRows() {
        StringBuilder rows = new StringBuilder();
        for (String riskClass : List.of("B", "C")) {
            rows.append(Api.json(Map.of("uscc", TestUsccs.valid(EdgeWorld.HANGZHOU), "name", "边缘导入企业" + riskClass,
                    "region", EdgeWorld.HANGZHOU, "categories", List.of(IMPORT_CATEGORY), "riskClass", riskClass)))
                    .append('\n');
        }
        return rows.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static Map<String, Object> inspector(String region) {
        return Map.of("region", region, "qualifications", List.of("food"), "conflicts",
                List.of(EdgeWorld.ENT_A));
    }
}
