package org.qsp.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A region cannot be hijacked (issue 7, item 8), through the gateway with identity's real tokens:
 * an inspector files forms only for the regions of their authority, and a form that places an
 * enterprise elsewhere (here by the national inspectors, who may sample anywhere) neither moves its
 * credit file nor its older records out of its regulators' sight; it leaves a data-quality flag that
 * its regulators and the national administration see (credit's own tests show that the claimed
 * region's regulators see it too: no demo regulator of Jiangsu exists).
 */
class RegionOfRecordSystemTest {

    private static final String XIHU = "330106";
    private static final String GULOU_NANJING = "320106";

    private static Stack stack;
    private static Flow flow;

    @BeforeAll
    static void start() {
        stack = Stack.get();
        flow = new Flow(stack);
    }

    @Test
    void an_inspector_of_hangzhou_may_not_file_a_form_naming_nanjing_and_nothing_is_stored() {
        String sampleId = UUID.randomUUID().toString();
        Map<String, Object> form = Map.of(
                "enterprise", Map.of("uscc", flow.newUscc(), "name", "示例食品有限公司", "region", GULOU_NANJING,
                        "role", "PRODUCER"),
                "product", Map.of("name", "速冻水饺", "brand", "好味", "model", "500g/袋", "batch", "20261101"),
                "sampledAt", Flow.form(flow.newUscc()).get("sampledAt"),
                "inspectorIds", List.of("inspector1", "inspector2"));

        Api.Response refused = Api.put(gateway("/api/inspection/v1/samples/" + sampleId), stack.token("inspector1"),
                Api.json(form));

        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().path("code").asString()).isEqualTo("region-not-supervised");
        assertThat(Api.get(gateway("/api/inspection/v1/samples/" + sampleId), stack.token("inspector1")).status())
                .isEqualTo(404);
    }

    @Test
    void a_form_naming_another_region_leaves_the_credit_file_where_it_is_and_flags_the_claim() {
        String uscc = flow.newUscc();
        String home = UUID.randomUUID().toString();
        String away = UUID.randomUUID().toString();
        flow.sample(home, uscc, XIHU, "FAIL");
        stack.awaitSettled();
        flow.sample(away, uscc, GULOU_NANJING, "FAIL");
        stack.awaitSettled();

        Api.Response file = Api.get(gateway("/api/credit/v1/enterprises/" + uscc), stack.token("regulator1"));
        assertThat(file.status()).as(file.raw()).isEqualTo(200);
        assertThat(file.body().path("region").asString()).isEqualTo(XIHU);
        assertThat(file.body().path("records").valueStream().map(r -> r.path("sourceId").asString()))
                .containsExactlyInAnyOrder(home, away);
        assertThat(file.body().path("dataQualityFlags").asLong()).isEqualTo(1);

        for (String regulator : new String[] {"regulator1", "regulator-zj", "regulator-cn"}) {
            Api.Response flags = Api.get(gateway("/api/credit/v1/data-quality/flags?uscc=" + uscc),
                    stack.token(regulator));
            assertThat(flags.status()).as(flags.raw()).isEqualTo(200);
            assertThat(flags.body().path("total").asLong()).as("flags %s sees", regulator).isEqualTo(1);
            JsonNode flag = flags.body().path("items").path(0);
            assertThat(flag.path("regionOfRecord").asString()).isEqualTo(XIHU);
            assertThat(flag.path("claimedRegion").asString()).isEqualTo(GULOU_NANJING);
            assertThat(flag.path("sourceId").asString()).isEqualTo(away);
        }
    }

    private static URI gateway(String path) {
        return stack.gateway.uri(path);
    }
}
