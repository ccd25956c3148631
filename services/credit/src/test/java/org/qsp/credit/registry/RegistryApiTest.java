package org.qsp.credit.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.contracts.ContractFixtures;
import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.credit.CreditEnterpriseRegistered;
import org.qsp.contracts.credit.CreditEnterpriseUpdated;
import org.qsp.credit.CreditIntegrationTest;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry through its API: imports with their progress and refused rows, PUT, reads and lists by region, and
 * the registry events, each once per entry and change. Wenzhou (3303) and Jinhua (3307): no other test class uses
 * them.
 */
class RegistryApiTest extends CreditIntegrationTest {

    static final String PATH = "/api/credit/v1/registry";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final RequestPostProcessor ZHEJIANG = Tokens.regulator("r-zj", "330000");
    static final RequestPostProcessor WENZHOU = Tokens.regulator("r-wz", "330300");
    static final RequestPostProcessor JINHUA = Tokens.regulator("r-jh", "330700");

    @Autowired
    MockMvc mvc;

    @Test
    void an_import_registers_the_valid_rows_reports_each_refused_row_and_raises_registered_once_per_entry()
            throws Exception {
        String a = TestUsccs.valid("330302");
        String b = TestUsccs.valid("330303");
        String early = TestUsccs.failingCheck("330304");
        String body = row(a, "瓯海甲", "330302", "\"food\"") + "\n"
                + row(b, "瓯海乙", "330303", "") + "\n"
                + "{\"uscc\":\"" + early + "\",\"name\":\"早期\",\"region\":\"330304\",\"checkOverride\":true}\n"
                + row(TestUsccs.valid("330302"), "错区", "339999", "") + "\n"
                + row(TestUsccs.valid("320102"), "外省", "320102", "") + "\n"
                + "\n"
                + "{\"uscc\": 1\n"
                + "{\"uscc\":\"" + TestUsccs.failingCheck("330302") + "\",\"name\":\"无标记\",\"region\":\"330302\"}\n";

        JsonNode job = imported(body, "application/x-ndjson", ZHEJIANG);

        assertThat(job.path("status").asString()).isEqualTo("DONE");
        assertThat(job.path("rowsDone").asLong()).isEqualTo(7);
        assertThat(job.path("rowsImported").asLong()).isEqualTo(3);
        assertThat(job.path("errorCount").asLong()).isEqualTo(4);
        assertThat(job.path("errors").valueStream().map(e -> e.path("row").asLong() + ":"
                + e.path("field").asString() + ":" + e.path("code").asString()).toList()).containsExactly(
                        "4:region:unknown-region", "5:region:region-not-supervised", "7::malformed-row",
                        "8:uscc:uscc-check-failed");
        assertThat(job.path("rowsPerSecond").asDouble()).isPositive();
        mvc.perform(get(PATH + "/" + early).with(WENZHOU)).andExpect(status().isOk())
                .andExpect(jsonPath("$.checkOverridden").value(true)).andExpect(jsonPath("$.source")
                        .value("REGISTERED"));
        mvc.perform(get(PATH + "/" + a).with(WENZHOU)).andExpect(status().isOk())
                .andExpect(jsonPath("$.categories").value(contains("food")))
                .andExpect(jsonPath("$.status").value("ACTIVE"));

        // the same file again changes nothing; one changed row is one update with the whole entry
        imported(body, "application/x-ndjson", ZHEJIANG);
        imported(row(a, "瓯海甲（改名）", "330302", "\"food\"") + "\n", "application/x-ndjson", ZHEJIANG);

        for (String uscc : List.of(a, b, early)) {
            kit.awaitPublished(RegistryEntry.class, uscc);
            assertThat(kit.published(EventCatalog.CREDIT_ENTERPRISE_REGISTERED, uscc)).as(uscc).hasSize(1);
        }
        var registered = kit.recorder().payload(kit.published(EventCatalog.CREDIT_ENTERPRISE_REGISTERED, a).get(0),
                EventCatalog.CREDIT_ENTERPRISE_REGISTERED);
        assertThat(registered).extracting(CreditEnterpriseRegistered::name, CreditEnterpriseRegistered::region,
                CreditEnterpriseRegistered::categories, CreditEnterpriseRegistered::status)
                .containsExactly("瓯海甲", "330302", List.of("food"), "ACTIVE");
        assertThat(kit.published(EventCatalog.CREDIT_ENTERPRISE_UPDATED, b)).isEmpty();
        var updates = kit.published(EventCatalog.CREDIT_ENTERPRISE_UPDATED, a);
        assertThat(updates).hasSize(1);
        assertThat(kit.recorder().payload(updates.get(0), EventCatalog.CREDIT_ENTERPRISE_UPDATED))
                .extracting(CreditEnterpriseUpdated::name, CreditEnterpriseUpdated::categories)
                .containsExactly("瓯海甲（改名）", List.of("food"));
        kit.assertPublishedEventsKeepTheirContract();
    }

    @Test
    void a_csv_import_reads_its_header_in_any_order_and_quoted_fields_and_a_bad_header_fails_the_job()
            throws Exception {
        String uscc = TestUsccs.valid("330702");
        String csv = "name,uscc,region,categories,status,licences,checkOverride\r\n"
                + "\"金华, \"\"东\"\"\"," + uscc + ",330702,toys;food,SUSPENDED,SC:SC330702:2030-06-30,\r\n";

        JsonNode job = imported(csv, "text/csv", JINHUA);

        assertThat(job.path("rowsImported").asLong()).isEqualTo(1);
        mvc.perform(get(PATH + "/" + uscc).with(JINHUA)).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("金华, \"东\""))
                .andExpect(jsonPath("$.categories").value(contains("food", "toys")))
                .andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.licences[0].number").value("SC330702"))
                .andExpect(jsonPath("$.licences[0].validUntil").value("2030-06-30"));

        JsonNode failed = imported("uscc,name\n" + uscc + ",x\n", "text/csv", JINHUA);
        assertThat(failed.path("status").asString()).isEqualTo("FAILED");
        assertThat(failed.path("errors").get(0).path("code").asString()).isEqualTo("bad-header");
    }

    @Test
    void a_put_registers_201_the_same_again_200_without_event_and_a_change_200_with_one_update() throws Exception {
        String uscc = TestUsccs.valid("330305");
        String body = "{\"name\":\"鹿城\",\"region\":\"330305\",\"categories\":[\"food\"],\"status\":\"ACTIVE\","
                + "\"licences\":[{\"type\":\"JY\",\"number\":\"JY1\",\"validUntil\":\"2031-01-01\"}]}";
        putEntry(uscc, body, WENZHOU).andExpect(status().isCreated()).andExpect(jsonPath("$.source")
                .value("REGISTERED"));
        putEntry(uscc, body, WENZHOU).andExpect(status().isOk());
        putEntry(uscc, body.replace("ACTIVE", "CLOSED"), Tokens.admin()).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));

        kit.awaitPublished(RegistryEntry.class, uscc);
        assertThat(kit.published(EventCatalog.CREDIT_ENTERPRISE_REGISTERED, uscc)).hasSize(1);
        var updates = kit.published(EventCatalog.CREDIT_ENTERPRISE_UPDATED, uscc);
        assertThat(updates).hasSize(1);
        assertThat(kit.recorder().payload(updates.get(0), EventCatalog.CREDIT_ENTERPRISE_UPDATED).status())
                .isEqualTo("CLOSED");
    }

    @Test
    void a_regulator_registers_and_reads_only_its_region_and_bad_input_is_refused_before_anything_is_written()
            throws Exception {
        String uscc = TestUsccs.valid("330324");
        String body = "{\"name\":\"龙湾\",\"region\":\"330324\",\"status\":\"ACTIVE\"}";
        putEntry(uscc, body, JINHUA).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("region-not-supervised"));
        putEntry(uscc, body, WENZHOU).andExpect(status().isCreated());
        mvc.perform(get(PATH + "/" + uscc).with(JINHUA)).andExpect(status().isNotFound());
        putEntry(uscc, body.replace("330324", "330702"), JINHUA).andExpect(status().isNotFound());
        mvc.perform(get(PATH + "/" + uscc).with(Tokens.enterprise("e", uscc))).andExpect(status().isForbidden());

        String early = TestUsccs.failingCheck("330324");
        putEntry(early, body, WENZHOU).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-uscc"));
        putEntry(early, body.replace("}", ",\"checkOverride\":true}"), WENZHOU).andExpect(status().isCreated())
                .andExpect(jsonPath("$.checkOverridden").value(true));
        String fresh = TestUsccs.valid("330324");
        for (String bad : List.of("{\"region\":\"330324\",\"status\":\"ACTIVE\"}",
                "{\"name\":\"x\",\"region\":\"339999\",\"status\":\"ACTIVE\"}",
                "{\"name\":\"x\",\"region\":\"330324\",\"status\":\"OPEN\"}",
                "{\"name\":\"x\",\"region\":\"330324\",\"status\":\"ACTIVE\",\"categories\":[\"Food\"]}",
                "{\"name\":\"x\",\"region\":\"330324\",\"status\":\"ACTIVE\",\"licences\":[{\"type\":\"JY\"}]}")) {
            putEntry(fresh, bad, WENZHOU).andExpect(status().isBadRequest());
        }
        mvc.perform(get(PATH + "/" + fresh).with(WENZHOU)).andExpect(status().isNotFound());
        putEntry("91330324ABC", body, WENZHOU).andExpect(status().isBadRequest());
    }

    @Test
    void the_list_is_the_callers_region_narrowed_by_region_category_and_status() throws Exception {
        String category = "cat-" + UUID.randomUUID().toString().substring(0, 8);
        String wz = TestUsccs.valid("330381");
        String wzClosed = TestUsccs.valid("330381");
        String jh = TestUsccs.valid("330781");
        imported(row(wz, "瑞安", "330381", "\"" + category + "\"") + "\n"
                + row(jh, "兰溪", "330781", "\"" + category + "\"") + "\n"
                + "{\"uscc\":\"" + wzClosed + "\",\"name\":\"瑞安关\",\"region\":\"330381\",\"status\":\"CLOSED\","
                + "\"categories\":[\"" + category + "\"]}\n", "application/x-ndjson", Tokens.admin());

        assertThat(listed(ZHEJIANG, "category", category)).containsExactlyInAnyOrder(wz, wzClosed, jh);
        assertThat(listed(WENZHOU, "category", category)).containsExactlyInAnyOrder(wz, wzClosed);
        assertThat(listed(WENZHOU, "category", category, "region", "330000")).containsExactlyInAnyOrder(wz, wzClosed);
        assertThat(listed(WENZHOU, "category", category, "region", "330700")).isEmpty();
        assertThat(listed(ZHEJIANG, "category", category, "status", "CLOSED")).containsExactly(wzClosed);
        assertThat(listed(Tokens.admin(), "category", category, "region", "330700")).containsExactly(jh);
    }

    @Test
    void an_enterprise_first_seen_in_an_event_enters_the_registry_and_follows_its_file_until_it_is_registered()
            throws Exception {
        String uscc = TestUsccs.valid("330326");
        sampleFailed("reg-1-" + uscc, uscc, "平阳一", "330326");
        mvc.perform(get(PATH + "/" + uscc).with(WENZHOU)).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("平阳一")).andExpect(jsonPath("$.region").value("330326"))
                .andExpect(jsonPath("$.status").value("ACTIVE")).andExpect(jsonPath("$.source").value("EVENTS"));
        sampleFailed("reg-2-" + uscc, uscc, "平阳二", "330326");
        putEntry(uscc, "{\"name\":\"平阳正名\",\"region\":\"330326\",\"status\":\"ACTIVE\"}", WENZHOU)
                .andExpect(status().isOk());
        sampleFailed("reg-3-" + uscc, uscc, "平阳三", "330326");
        mvc.perform(get(PATH + "/" + uscc).with(WENZHOU)).andExpect(jsonPath("$.name").value("平阳正名"));

        kit.awaitPublished(RegistryEntry.class, uscc);
        assertThat(kit.published(EventCatalog.CREDIT_ENTERPRISE_REGISTERED, uscc)).hasSize(1);
        assertThat(kit.published(EventCatalog.CREDIT_ENTERPRISE_UPDATED, uscc).stream()
                .map(r -> kit.recorder().payload(r, EventCatalog.CREDIT_ENTERPRISE_UPDATED).name()).toList())
                .containsExactly("平阳二", "平阳正名");
    }

    @Test
    void an_import_job_is_read_by_admin_and_the_regulators_covering_the_importer_and_an_empty_body_is_400()
            throws Exception {
        String jobId = start(row(TestUsccs.valid("330302"), "甲", "330302", "") + "\n", "application/x-ndjson",
                WENZHOU);
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(job(jobId, WENZHOU).path("status")
                .asString()));
        mvc.perform(get(PATH + "/imports/" + jobId).with(ZHEJIANG)).andExpect(status().isOk());
        mvc.perform(get(PATH + "/imports/" + jobId).with(Tokens.admin())).andExpect(status().isOk());
        mvc.perform(get(PATH + "/imports/" + jobId).with(JINHUA)).andExpect(status().isNotFound());
        mvc.perform(post(PATH + "/imports").with(WENZHOU).contentType("application/x-ndjson").content(""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("empty-import"));
        mvc.perform(post(PATH + "/imports").with(WENZHOU).contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isUnsupportedMediaType());
    }

    private void sampleFailed(String eventId, String uscc, String name, String region) {
        var failed = ContractFixtures.finalFail("S-" + eventId, new EnterpriseRef(uscc, name, region), false);
        recording.sampleFinalized(event(EventCatalog.SAMPLE_FINALIZED, eventId, failed.sampleId(), failed));
    }

    private static String row(String uscc, String name, String region, String categories) {
        return "{\"uscc\":\"" + uscc + "\",\"name\":\"" + name + "\",\"region\":\"" + region + "\",\"categories\":["
                + categories + "]}";
    }

    private org.springframework.test.web.servlet.ResultActions putEntry(String uscc, String body,
            RequestPostProcessor token) throws Exception {
        return mvc.perform(put(PATH + "/" + uscc).with(token).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private List<String> listed(RequestPostProcessor token, String... params) throws Exception {
        var request = get(PATH).with(token).param("size", "100");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        String answer = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return JSON.readTree(answer).path("items").valueStream().map(i -> i.path("uscc").asString()).toList();
    }

    private String start(String body, String type, RequestPostProcessor token) throws Exception {
        String answer = mvc.perform(post(PATH + "/imports").with(token).contentType(type)
                .content(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(answer).path("jobId").asString();
    }

    private JsonNode job(String jobId, RequestPostProcessor token) throws Exception {
        return JSON.readTree(mvc.perform(get(PATH + "/imports/" + jobId).with(token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Imports the body and waits for the job to end; the job. */
    private JsonNode imported(String body, String type, RequestPostProcessor token) throws Exception {
        String jobId = start(body, type, token);
        return await().atMost(Duration.ofSeconds(30)).until(() -> job(jobId, token),
                j -> !"RUNNING".equals(j.path("status").asString()));
    }
}
