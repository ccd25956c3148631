package org.qsp.credit;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;

/**
 * Who may call each endpoint of credit: without a token 401, with a role the endpoint does not serve 403, before
 * anything is read or written. Which things of its region a caller of a served role sees is each feature's test.
 */
class AuthorizationMatrixTest extends CreditIntegrationTest {

    private static final String USCC = TestUsccs.valid("331002");
    private static final String API = "/api/credit/v1";

    /** Each endpoint and the roles it serves. */
    private static final String[][] ENDPOINTS = {
        {"enterprises", "REGULATOR"},
        {"enterprise", "REGULATOR ENTERPRISE"},
        {"records", "REGULATOR ENTERPRISE"},
        {"flags", "REGULATOR"},
        {"flag", "REGULATOR"},
        {"registry-list", "ADMIN REGULATOR"},
        {"registry-get", "ADMIN REGULATOR"},
        {"registry-put", "ADMIN REGULATOR"},
        {"registry-import", "ADMIN REGULATOR"},
        {"registry-job", "ADMIN REGULATOR"},
        {"reclassification-start", "ADMIN"},
        {"reclassification-get", "ADMIN"},
    };

    @Autowired
    MockMvc mvc;

    private static MockHttpServletRequestBuilder request(String endpoint) {
        return switch (endpoint) {
            case "enterprises" -> get(API + "/enterprises");
            case "enterprise" -> get(API + "/enterprises/" + USCC);
            case "records" -> get(API + "/enterprises/" + USCC + "/records");
            case "flags" -> get(API + "/data-quality/flags");
            case "flag" -> get(API + "/data-quality/flags/DQ-" + java.util.UUID.randomUUID());
            case "registry-list" -> get(API + "/registry");
            case "registry-get" -> get(API + "/registry/" + USCC);
            case "registry-put" -> put(API + "/registry/" + USCC).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\":\"台州\",\"region\":\"331002\",\"status\":\"ACTIVE\"}");
            case "registry-import" -> post(API + "/registry/imports").contentType("application/x-ndjson")
                    .content("{\"uscc\":\"" + USCC + "\",\"name\":\"台州\",\"region\":\"331002\"}\n");
            case "registry-job" -> get(API + "/registry/imports/JB-1");
            case "reclassification-start" -> post(API + "/admin/reclassifications");
            case "reclassification-get" -> get(API + "/admin/reclassifications/RC-1");
            default -> throw new IllegalArgumentException(endpoint);
        };
    }

    private static RequestPostProcessor token(String role) {
        return switch (role) {
            case "ENTERPRISE" -> Tokens.enterprise("e", USCC);
            case "REGULATOR" -> Tokens.regulator("r", "331000");
            case "INSPECTOR" -> Tokens.inspector("i", "331000");
            case "LAB" -> Tokens.lab("l");
            case "CONSUMER" -> Tokens.consumer("c");
            case "ADMIN" -> Tokens.admin();
            default -> throw new IllegalArgumentException(role);
        };
    }

    static Stream<String> endpoints() {
        return Arrays.stream(ENDPOINTS).map(e -> e[0]);
    }

    /** Every endpoint with every role it does not serve. */
    static Stream<Arguments> refused() {
        return Arrays.stream(ENDPOINTS).flatMap(e -> Stream.of("ENTERPRISE", "REGULATOR", "INSPECTOR", "LAB",
                "CONSUMER", "ADMIN").filter(role -> !Set.of(e[1].split(" ")).contains(role))
                .map(role -> Arguments.of(e[0], role)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void without_a_token_every_endpoint_answers_401(String endpoint) throws Exception {
        mvc.perform(request(endpoint).accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("unauthorized"));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("refused")
    void a_role_the_endpoint_does_not_serve_answers_403(String endpoint, String role) throws Exception {
        mvc.perform(request(endpoint).with(token(role))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
    }

    @ParameterizedTest(name = "{0} as {1} is served")
    @CsvSource({"registry-list, ADMIN", "registry-list, REGULATOR", "registry-job, ADMIN",
            "reclassification-get, ADMIN", "enterprises, REGULATOR"})
    void a_role_the_endpoint_serves_is_let_through_to_the_use_case(String endpoint, String role) throws Exception {
        int answered = mvc.perform(request(endpoint).with(token(role))).andReturn().getResponse().getStatus();
        org.assertj.core.api.Assertions.assertThat(answered).isIn(200, 404);
    }
}
