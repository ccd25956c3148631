package org.qsp.complaint.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.qsp.platform.test.TestUsccs;

/** Every class of bad intake gets 400 problem+json naming the field, and nothing is stored. */
class BadIntakeTest extends ComplaintIntegrationTest {

    private static final String USCC = TestUsccs.valid(COUNTY);

    static Stream<Arguments> badBodies() {
        Map<String, Object> ok = complaint(USCC, COUNTY);
        Map<String, Object> attributes = castMap(ok.get("attributes"));
        return Stream.of(
                bad("missing kind", without(ok, "kind"), "validation-failed", "kind"),
                bad("unknown kind", with(ok, "kind", "ENQUIRY"), "malformed-request", "kind"),
                bad("missing respondent", without(ok, "respondent"), "validation-failed", "respondent"),
                bad("respondent without name", with(ok, "respondent", without(respondent(USCC, COUNTY), "name")),
                        "validation-failed", "respondent.name"),
                bad("invalid USCC (check character)", with(ok, "respondent",
                        respondent(TestUsccs.failingCheck(COUNTY), COUNTY)), "validation-failed", "respondent.uscc"),
                bad("malformed USCC", with(ok, "respondent", respondent("not-a-uscc", COUNTY)), "validation-failed",
                        "respondent.uscc"),
                bad("region not a code", with(ok, "respondent", respondent(USCC, "33010")), "validation-failed",
                        "respondent.region"),
                bad("platform without region", with(ok, "respondent", with(respondent(USCC, COUNTY), "platform",
                        Map.of("name", "某平台"))), "validation-failed", "respondent.platform.region"),
                bad("complaint without complainant", without(ok, "complainant"), "complainant-required",
                        "complainant"),
                bad("complainant phone not a phone", with(ok, "complainant", Map.of("name", "张三", "phone", "call me")),
                        "validation-failed", "complainant.phone"),
                bad("complaint with a reporter", with(ok, "reporter", Map.of("name", "李四", "phone", "13900139000")),
                        "reporter-not-allowed", "reporter"),
                bad("complaint without request", without(ok, "request"), "request-required", "request"),
                bad("missing facts", without(ok, "facts"), "validation-failed", "facts"),
                bad("facts too long", with(ok, "facts", "事".repeat(4001)), "validation-failed", "facts"),
                bad("unknown channel", with(ok, "channel", "FAX"), "malformed-request", "channel"),
                bad("receivedAt not an instant", with(ok, "receivedAt", "yesterday"), "malformed-request",
                        "receivedAt"),
                bad("receivedAt in the future", with(ok, "receivedAt", "2099-01-01T00:00:00Z"), "received-in-future",
                        "receivedAt"),
                bad("unknown category", with(ok, "category", "weapons"), "unknown-category", "category"),
                bad("unknown attribute", with(ok, "attributes", plus(attributes, "colour", "red")),
                        "unknown-attribute", "attributes.colour"),
                bad("missing required attribute", with(ok, "attributes", minus(attributes, "product_name")),
                        "attribute-required", "attributes.product_name"),
                bad("amount as a string", with(ok, "attributes", plus(attributes, "amount", "25.5")),
                        "invalid-attribute", "attributes.amount"),
                bad("purchase date in the future", with(ok, "attributes", plus(attributes, "purchase_date",
                        "2099-01-01")), "invalid-attribute", "attributes.purchase_date"),
                bad("purchase date not a date", with(ok, "attributes", plus(attributes, "purchase_date", "2026-02-30")),
                        "invalid-attribute", "attributes.purchase_date"),
                bad("oversized attachments list", with(ok, "attachments", Collections.nCopies(11, "att:photo-1.jpg")),
                        "too-many-attachments", "attachments"),
                bad("attachment reference with spaces", with(ok, "attachments", List.of("my photo.jpg")),
                        "validation-failed", "attachments[0]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void bad_intake_gets_400_problem_json_naming_the_field_and_stores_nothing(String why, Map<String, Object> body,
            String code, String field) throws Exception {
        long before = storedCases();

        mvc.perform(post(CASES).with(consumer("consumer-bad")).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content(json(body)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.errors[0].field").value(field));

        assertThat(storedCases()).isEqualTo(before);
    }

    @Test
    void no_idempotency_key_a_bad_key_not_json_and_an_oversized_body_are_refused_and_store_nothing() throws Exception {
        long before = storedCases();
        String body = json(complaint(USCC, COUNTY));
        mvc.perform(post(CASES).with(consumer("consumer-bad")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        mvc.perform(post(CASES).with(consumer("consumer-bad")).header("Idempotency-Key", "short")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-idempotency-key"))
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        mvc.perform(post(CASES).with(consumer("consumer-bad")).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("malformed-request"));
        mvc.perform(post(CASES).with(consumer("consumer-bad")).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(with(complaint(USCC, COUNTY), "facts", "x".repeat(70_000)))))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.code").value("payload-too-large"));
        assertThat(storedCases()).isEqualTo(before);
    }

    private static Arguments bad(String why, Map<String, Object> body, String code, String field) {
        return Arguments.of(why, body, code, field);
    }

    private static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.remove(field);
        return copy;
    }

    private static Map<String, Object> plus(Map<String, Object> map, String key, Object value) {
        return with(map, key, value);
    }

    private static Map<String, Object> minus(Map<String, Object> map, String key) {
        return without(map, key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return new LinkedHashMap<>((Map<String, Object>) value);
    }

    static List<Object> list(Object... items) {
        return new ArrayList<>(List.of(items));
    }
}
