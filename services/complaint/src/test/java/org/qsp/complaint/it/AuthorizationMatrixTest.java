package org.qsp.complaint.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.complaint.cases.CaseStatus;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;

/**
 * Who sees and does what: a consumer only its own cases, an enterprise only the cases against it (no reporter data),
 * a regulator only its region (province and national above it), anyone the public statistics; no token 401, a role
 * that may never call an endpoint 403, someone else's case 404.
 */
class AuthorizationMatrixTest extends ComplaintIntegrationTest {

    private static final String OTHER_COUNTY = "330381";
    private final String uscc = TestUsccs.valid(COUNTY);
    private final String otherUscc = TestUsccs.valid(OTHER_COUNTY);
    private String complaintId;
    private String reportId;
    private String otherId;

    @BeforeEach
    void file() throws Exception {
        complaintId = fileCase(complaint(uscc, COUNTY), consumer("consumer-owner"));
        reportId = fileCase(report(uscc, COUNTY, "王五", "13700137000"), consumer("consumer-owner"));
        otherId = fileCase(complaint(otherUscc, OTHER_COUNTY), consumer("consumer-other"));
    }

    @ParameterizedTest(name = "{0} sees the complaint: {1}")
    @CsvSource(delimiter = '|', value = {
            "owner consumer         | 200",
            "other consumer         | 404",
            "respondent enterprise  | 200",
            "other enterprise       | 404",
            "county regulator       | 200",
            "city regulator         | 200",
            "provincial regulator   | 200",
            "national regulator     | 200",
            "other county regulator | 404",
            "other province         | 404",
            "inspector              | 403"})
    void one_case_is_seen_only_by_whom_it_concerns(String who, int status) throws Exception {
        mvc.perform(get(CASES + "/" + complaintId).with(caller(who))).andExpect(status().is(status));
    }

    @Test
    void lists_show_each_caller_only_its_part() throws Exception {
        assertThat(texts(getJson(CASES + "/mine?size=100", consumer("consumer-owner")).get("items"), "caseId"))
                .contains(complaintId, reportId).doesNotContain(otherId);
        assertThat(texts(getJson(CASES + "/against-me?size=100", Tokens.enterprise("ent", uscc)).get("items"),
                "caseId")).contains(complaintId).doesNotContain(reportId, otherId);
        assertThat(texts(getJson(CASES + "?size=100", countyRegulator()).get("items"), "caseId"))
                .contains(complaintId, reportId).doesNotContain(otherId);
        assertThat(texts(getJson(CASES + "?size=100&uscc=" + otherUscc, Tokens.regulator("zj", "330000"))
                .get("items"), "caseId")).containsExactly(otherId);
        assertThat(texts(getJson(CASES + "?size=100&uscc=" + otherUscc, Tokens.regulator("cn", "100000"))
                .get("items"), "caseId")).containsExactly(otherId);
        assertThat(getJson(CASES + "?size=100&uscc=" + otherUscc, countyRegulator()).get("total").asLong()).isZero();
        assertThat(getJson(CASES + "?region=" + OTHER_COUNTY, countyRegulator()).get("total").asLong()).isZero();
        assertThat(getJson(CASES + "?status=RECEIVED&overdue=false&uscc=" + uscc, countyRegulator())
                .get("total").asLong()).isEqualTo(2);
    }

    @Test
    void the_respondent_reads_a_report_against_it_by_id_only_and_without_anything_of_the_reporter() throws Exception {
        String view = mvc.perform(get(CASES + "/" + reportId).with(Tokens.enterprise("ent", uscc)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String list = mvc.perform(get(CASES + "/against-me").with(Tokens.enterprise("ent", uscc)))
                .andReturn().getResponse().getContentAsString();
        assertThat(view + list).doesNotContain("王五", "13700137000", "该店长期销售过期食品");
        assertThat(read(view).get("complainant").isNull()).isTrue();
        assertThat(read(view).get("receivedAt").isNull()).isTrue();
    }

    @Test
    void only_the_handling_regulator_decides_and_only_the_parties_consent() throws Exception {
        Map<String, String> accept = Map.of("decision", "ACCEPT");
        expect(post(CASES + "/" + complaintId + "/decision"), accept, Tokens.regulator("r", OTHER_COUNTY), 404);
        expect(post(CASES + "/" + complaintId + "/decision"), accept, consumer("consumer-owner"), 403);
        expect(post(CASES + "/" + complaintId + "/decision"), accept, Tokens.enterprise("ent", uscc), 403);
        expect(post(CASES + "/" + complaintId + "/decision"), accept, null, 401);
        assertThat(cases.get(complaintId).status()).isEqualTo(CaseStatus.RECEIVED);

        expect(post(CASES + "/" + complaintId + "/decision"), accept, Tokens.regulator("zj", "330000"), 200);
        expect(post(CASES + "/" + complaintId + "/mediation/consent"), null, consumer("consumer-other"), 404);
        expect(post(CASES + "/" + complaintId + "/mediation/consent"), null, Tokens.enterprise("e", otherUscc), 404);
        expect(post(CASES + "/" + complaintId + "/mediation/consent"), null, countyRegulator(), 403);
        assertThat(cases.get(complaintId).mediation().complainantConsentedAt()).isNull();
        assertThat(cases.get(complaintId).mediation().respondentConsentedAt()).isNull();
    }

    @Test
    void no_token_gets_401_on_everything_but_the_catalogue_the_statistics_and_anonymous_reports() throws Exception {
        mvc.perform(get(CASES + "/mine")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("unauthorized"));
        mvc.perform(get(CASES)).andExpect(status().isUnauthorized());
        mvc.perform(get(CASES + "/" + complaintId)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/complaint/v1/categories")).andExpect(status().isOk());
        mvc.perform(get("/api/complaint/v1/public/businesses/" + uscc + "/stats")).andExpect(status().isOk());
        mvc.perform(get(CASES + "/mine").with(Tokens.regulator("r", COUNTY))).andExpect(status().isForbidden());
        mvc.perform(get(CASES + "/against-me").with(consumer("c"))).andExpect(status().isForbidden());
        mvc.perform(post(CASES).with(Tokens.enterprise("ent", uscc)).header("Idempotency-Key",
                        UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                        .content(json(complaint(uscc, COUNTY))))
                .andExpect(status().isForbidden());
    }

    private void expect(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            Object body, RequestPostProcessor caller, int status) throws Exception {
        if (caller != null) {
            request.with(caller);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json(body));
        }
        mvc.perform(request).andExpect(status().is(status));
    }

    private RequestPostProcessor caller(String who) {
        return switch (who) {
            case "owner consumer" -> consumer("consumer-owner");
            case "other consumer" -> consumer("consumer-other");
            case "respondent enterprise" -> Tokens.enterprise("ent", uscc);
            case "other enterprise" -> Tokens.enterprise("ent-other", otherUscc);
            case "county regulator" -> countyRegulator();
            case "city regulator" -> Tokens.regulator("hz", "330100");
            case "provincial regulator" -> Tokens.regulator("zj", "330000");
            case "national regulator" -> Tokens.regulator("cn", "100000");
            case "other county regulator" -> Tokens.regulator("r", OTHER_COUNTY);
            case "other province" -> Tokens.regulator("js", "320000");
            case "inspector" -> Tokens.inspector("i", COUNTY);
            default -> throw new IllegalArgumentException(who);
        };
    }

}
