package org.qsp.credit.penalty;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.platform.test.TestImages;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;

/** Every endpoint of penalties, lists and repairs: who may call it (Xi'an, 6101xx: no other test class uses it). */
class PenaltyAuthorizationMatrixTest extends PenaltyIntegrationTest {

    private static final String REGION = "610102";
    private static final String USCC = TestUsccs.valid(REGION);
    private String penalty;

    @BeforeEach
    void aPenaltyExists() throws Exception {
        penalty = record(penalty(USCC, REGION), Tokens.regulator("r-xa", "610100")).get("id").asString();
    }

    private MockHttpServletRequestBuilder request(String endpoint) {
        String body = json(penalty(USCC, REGION));
        return switch (endpoint) {
            case "penalty-record" -> post(PENALTIES).contentType(MediaType.APPLICATION_JSON).content(body);
            case "penalty-revoke" -> post(PENALTIES + "/" + penalty + "/revocation")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"r\"}");
            case "penalty-get" -> get(PENALTIES + "/" + penalty);
            case "penalties" -> get(PENALTIES);
            case "lists" -> get(LISTS);
            case "list-entry" -> get(LISTS + "/entries/AL-none");
            case "abnormal-add" -> post(LISTS + "/abnormal-operation").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"uscc\": \"" + USCC + "\", \"enterpriseName\": \"n\", \"region\": \"" + REGION
                            + "\", \"reason\": \"MISSED_ANNUAL_REPORT\"}");
            case "list-removal" -> post(LISTS + "/entries/AL-none/removal").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"note\": \"n\"}");
            case "evidence-put" -> put(REPAIRS + "/evidence/e-1").contentType(MediaType.IMAGE_PNG)
                    .content(TestImages.png(1_000, 1));
            case "repair-apply" -> post(REPAIRS).contentType(MediaType.APPLICATION_JSON).content(
                    "{\"target\": \"PENALTY\", \"targetId\": \"" + penalty + "\", \"statement\": \"s\", "
                            + "\"evidence\": [\"e-1\"]}");
            case "repairs" -> get(REPAIRS);
            case "repair-get" -> get(REPAIRS + "/RP-none");
            case "repair-evidence" -> get(REPAIRS + "/RP-none/evidence/e-1");
            case "repair-decide" -> post(REPAIRS + "/RP-none/decision").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"decision\": \"APPROVE\"}");
            default -> throw new IllegalArgumentException(endpoint);
        };
    }

    private static RequestPostProcessor token(String role) {
        return switch (role) {
            case "ENTERPRISE" -> Tokens.enterprise("e", USCC);
            case "REGULATOR" -> Tokens.regulator("r", "610100");
            case "INSPECTOR" -> Tokens.inspector("i", "610100");
            case "LAB" -> Tokens.lab("l");
            case "CONSUMER" -> Tokens.consumer("c");
            case "ADMIN" -> Tokens.admin();
            default -> throw new IllegalArgumentException(role);
        };
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"penalty-record", "penalty-revoke", "penalty-get", "penalties", "lists", "list-entry", "abnormal-add",
            "list-removal", "evidence-put", "repair-apply", "repairs", "repair-get", "repair-evidence",
            "repair-decide"})
    void without_a_token_every_endpoint_but_the_public_ones_answers_401(String endpoint) throws Exception {
        mvc.perform(request(endpoint).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("unauthorized"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({PUBLIC_PENALTIES, PUBLIC_LISTS + "?uscc=" + "91330100MA27XY012B"})
    void the_public_endpoints_answer_anyone(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
            "penalty-record, ENTERPRISE", "penalty-record, INSPECTOR", "penalty-record, LAB",
            "penalty-record, CONSUMER", "penalty-record, ADMIN",
            "penalty-revoke, ENTERPRISE", "penalty-revoke, INSPECTOR", "penalty-revoke, LAB",
            "penalty-revoke, CONSUMER", "penalty-revoke, ADMIN",
            "penalty-get, INSPECTOR", "penalty-get, LAB", "penalty-get, CONSUMER", "penalty-get, ADMIN",
            "penalties, ENTERPRISE", "penalties, INSPECTOR", "penalties, LAB", "penalties, CONSUMER",
            "penalties, ADMIN",
            "lists, ENTERPRISE", "lists, INSPECTOR", "lists, LAB", "lists, CONSUMER", "lists, ADMIN",
            "list-entry, ENTERPRISE", "list-entry, INSPECTOR", "list-entry, CONSUMER", "list-entry, ADMIN",
            "abnormal-add, ENTERPRISE", "abnormal-add, INSPECTOR", "abnormal-add, LAB", "abnormal-add, CONSUMER",
            "abnormal-add, ADMIN",
            "list-removal, ENTERPRISE", "list-removal, INSPECTOR", "list-removal, CONSUMER", "list-removal, ADMIN",
            "evidence-put, REGULATOR", "evidence-put, INSPECTOR", "evidence-put, LAB", "evidence-put, CONSUMER",
            "evidence-put, ADMIN",
            "repair-apply, REGULATOR", "repair-apply, INSPECTOR", "repair-apply, LAB", "repair-apply, CONSUMER",
            "repair-apply, ADMIN",
            "repairs, INSPECTOR", "repairs, LAB", "repairs, CONSUMER", "repairs, ADMIN",
            "repair-get, INSPECTOR", "repair-get, LAB", "repair-get, CONSUMER", "repair-get, ADMIN",
            "repair-evidence, INSPECTOR", "repair-evidence, LAB", "repair-evidence, CONSUMER",
            "repair-evidence, ADMIN",
            "repair-decide, ENTERPRISE", "repair-decide, INSPECTOR", "repair-decide, LAB", "repair-decide, CONSUMER",
            "repair-decide, ADMIN"})
    void a_role_the_endpoint_does_not_serve_answers_403(String endpoint, String role) throws Exception {
        mvc.perform(request(endpoint).with(token(role)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
    }

    @ParameterizedTest(name = "{0} as a regulator of another region: {1}")
    @CsvSource({"penalty-get, 404", "penalty-revoke, 404", "repair-get, 404", "list-entry, 404"})
    void a_regulator_of_another_region_is_told_nothing_exists(String endpoint, int status) throws Exception {
        mvc.perform(request(endpoint).with(Tokens.regulator("r-gz", "440100"))).andExpect(status().is(status));
    }
}
