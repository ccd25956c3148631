package org.qsp.inspection.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.qsp.contracts.ContractFixtures;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.credit.CreditClassChanged;
import org.qsp.contracts.credit.CreditEnterpriseRegistered;
import org.qsp.contracts.credit.CreditEnterpriseUpdated;
import org.qsp.inspection.PlanningTest;
import org.qsp.platform.imports.ImportJob;
import org.qsp.platform.test.TestUsccs;
import tools.jackson.databind.JsonNode;

/** Bulk imports into the enterprise pool and the registry events that feed it. */
class PoolImportTest extends PlanningTest {

    @Autowired
    ImportService imports;

    private Document stored(String uscc, boolean unused) {
        return mongo.findById(uscc, Document.class, PoolEnterprise.COLLECTION);
    }

    @Test
    void an_ndjson_import_upserts_the_valid_rows_and_reports_each_refused_row_with_its_line_field_and_code()
            throws Exception {
        String category = newCategory();
        String good1 = TestUsccs.valid("330106");
        String good2 = TestUsccs.valid("330102");
        String body = row(good1, "330106", "A", category)
                + row(TestUsccs.failingCheck("330106"), "330106", "B", category)
                + row(TestUsccs.valid("330106"), "339999", "B", category)
                + row(TestUsccs.valid("330106"), "330106", "E", category)
                + row(TestUsccs.valid("320102"), "320102", "C", category)
                + "{\"uscc\": 12\n"
                + "\n"
                + "{\"uscc\":\"" + TestUsccs.valid("330106") + "\",\"region\":\"330106\",\"riskClass\":\"B\","
                + "\"categories\":[\"" + category + "\"],\"extra\":1}\n"
                + row(good2, "330102", "D", category, "food");

        JsonNode job = imported("330100", body);

        assertThat(job.path("status").asString()).isEqualTo("DONE");
        assertThat(job.path("rowsDone").asLong()).isEqualTo(8);
        assertThat(job.path("rowsImported").asLong()).isEqualTo(2);
        assertThat(job.path("errorCount").asLong()).isEqualTo(6);
        assertThat(job.path("errors").valueStream().map(e -> e.path("row").asLong() + ":" + e.path("field").asString()
                + ":" + e.path("code").asString()).toList()).containsExactly("2:uscc:invalid-uscc",
                "3:region:unknown-region", "4:riskClass:invalid-risk-class", "5:region:region-not-supervised",
                "6::malformed-row", "8:extra:unknown-field");
        Document first = stored(good1, true);
        assertThat(first).isNotNull();
        assertThat(first.getString("riskClass")).isEqualTo("A");
        assertThat(first.getString("status")).isEqualTo("ACTIVE");
        assertThat(stored(good2, true).getList("categories", String.class)).containsExactly("food", category);
    }

    @Test
    void a_csv_import_reads_quoted_names_and_semicolon_separated_categories_in_any_column_order() throws Exception {
        String category = newCategory();
        String uscc = TestUsccs.valid("330106");
        String bad = TestUsccs.valid("330106");
        String csv = "riskClass,uscc,name,region,categories\r\n"
                + "C," + uscc + ",\"杭州示例, 食品\"\"有限\"\"公司\",330106," + category + ";food\r\n"
                + "B," + bad + ",缺类别,330106,\r\n"
                + "B,only,three\r\n";

        String jobId = body(importBody("text/csv", csv, regulator("330100")).andExpect(status().isAccepted()))
                .path("jobId").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> !"RUNNING".equals(job(jobId, regulator("330100"))
                .path("status").asString()));
        JsonNode job = job(jobId, regulator("330100"));

        assertThat(job.path("status").asString()).isEqualTo("DONE");
        assertThat(job.path("rowsImported").asLong()).isEqualTo(1);
        assertThat(job.path("errors").valueStream().map(e -> e.path("row").asLong() + ":" + e.path("code").asString())
                .toList()).containsExactly("3:missing", "4:malformed-row");
        Document stored = stored(uscc, true);
        assertThat(stored.getString("name")).isEqualTo("杭州示例, 食品\"有限\"公司");
        assertThat(stored.getList("categories", String.class)).containsExactly("food", category);
        assertThat(stored(bad, true)).isNull();
    }

    @Test
    void a_csv_body_without_its_header_fails_the_job_and_imports_nothing() throws Exception {
        String uscc = TestUsccs.valid("330106");
        String jobId = body(importBody("text/csv", "C," + uscc + ",名称,330106,food\n", regulator("330100"))
                .andExpect(status().isAccepted())).path("jobId").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(job(jobId, regulator("330100"))
                .path("status").asString()));
        assertThat(job(jobId, regulator("330100")).path("errors").path(0).path("code").asString())
                .isEqualTo("bad-header");
        assertThat(stored(uscc, true)).isNull();
    }

    @Test
    void a_large_import_can_be_watched_while_it_runs_with_its_rate_and_eta() throws Exception {
        String category = newCategory();
        StringBuilder body = new StringBuilder();
        int rows = 150_000;
        for (int i = 0; i < rows; i++) {
            body.append(row(TestUsccs.valid("330106"), "330106", "ABCD".substring(i % 4, i % 4 + 1), category));
        }
        String jobId = body(importBody("application/x-ndjson", body.toString(), regulator("330100"))
                .andExpect(status().isAccepted())).path("jobId").asString();

        AtomicReference<JsonNode> running = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20)).until(() -> {
            JsonNode job = job(jobId, regulator("330100"));
            if ("RUNNING".equals(job.path("status").asString()) && job.path("rowsDone").asLong() > 0) {
                running.set(job);
                return true;
            }
            return !"RUNNING".equals(job.path("status").asString());
        });
        assertThat(running.get()).as("a read while the job ran").isNotNull();
        assertThat(running.get().path("rowsDone").asLong()).isLessThan(rows);
        assertThat(running.get().path("rowsPerSecond").asDouble()).isPositive();
        assertThat(running.get().path("eta").asString()).startsWith("PT");
        await().atMost(Duration.ofSeconds(300)).until(() -> "DONE".equals(job(jobId, regulator("330100"))
                .path("status").asString()));
        assertThat(job(jobId, regulator("330100")).path("rowsImported").asLong()).isEqualTo(rows);
    }

    @Test
    void a_job_whose_worker_died_reads_failed_and_the_sweep_records_it_and_another_area_gets_404() throws Exception {
        var now = kit.clock().instant();
        ImportJob orphan = new ImportJob("JB-orphan-" + newKey(), "reg-330100", "330100", "NDJSON",
                ImportJob.Status.RUNNING, 5000, 5000, 0, List.of(), 1_000_000, 500_000, now.minusSeconds(600),
                now.minusSeconds(300), null, null);
        mongo.insert(orphan, ImportService.JOBS);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/inspection/v1/pool/jobs/{id}", orphan.id()).with(regulator("330100")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.failure").value(org.hamcrest.Matchers.startsWith("interrupted")));
        assertThat(imports.failStale()).isPositive();
        assertThat(mongo.findById(orphan.id(), Document.class, ImportService.JOBS).getString("status"))
                .isEqualTo("FAILED");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/inspection/v1/pool/jobs/{id}", orphan.id()).with(regulator("320100")))
                .andExpect(status().isNotFound());
    }

    @Test
    void an_empty_body_and_a_body_that_is_not_utf8_are_400_and_start_no_job() throws Exception {
        long jobs = mongo.getCollection(ImportService.JOBS).countDocuments();

        importBody("application/x-ndjson", "", regulator("330100")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("empty-import"));
        byte[] latin1 = ("{\"uscc\":\"x\",\"name\":\"caf\u00e9\"}\n").getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/inspection/v1/pool/enterprises:import").with(regulator("330100"))
                .contentType("application/x-ndjson").content(latin1))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("malformed-request"));

        assertThat(mongo.getCollection(ImportService.JOBS).countDocuments()).isEqualTo(jobs);
    }

    @Test
    void an_import_in_a_format_other_than_ndjson_or_csv_is_415_and_an_inspector_may_not_import() throws Exception {
        importBody("application/json", "[]", regulator("330100")).andExpect(status().isUnsupportedMediaType());
        importBody("application/x-ndjson", "", org.qsp.platform.test.Tokens.inspector("inspector1", "330100"))
                .andExpect(status().isForbidden());
    }

    @Test
    void credit_registry_events_upsert_the_pool_and_a_class_change_sets_the_class_whatever_the_order()
            throws Exception {
        String uscc = TestUsccs.valid("330106");
        String later = TestUsccs.valid("330106");
        var at = ContractFixtures.AT;
        kit.publish(EventCatalog.CREDIT_ENTERPRISE_REGISTERED, uscc, new CreditEnterpriseRegistered(uscc,
                "杭州甲", "330106", List.of("food"), "ACTIVE", null, at));
        kit.publish(EventCatalog.CREDIT_CLASS_CHANGED, uscc, new CreditClassChanged(uscc, "A", "C", 60, at));
        kit.publish(EventCatalog.CREDIT_CLASS_CHANGED, later, new CreditClassChanged(later, "A", "B", 80, at));
        kit.publish(EventCatalog.CREDIT_ENTERPRISE_REGISTERED, later, new CreditEnterpriseRegistered(later,
                "杭州乙", "330106", List.of("food"), "ACTIVE", null, at));
        var last = kit.publish(EventCatalog.CREDIT_ENTERPRISE_UPDATED, later, new CreditEnterpriseUpdated(later,
                "杭州乙（更名）", "330106", List.of("food", "toys"), "CLOSED", null, at));
        kit.awaitConsumed(last);

        Document registered = stored(uscc, true);
        assertThat(registered.getString("name")).isEqualTo("杭州甲");
        assertThat(registered.getString("riskClass")).isEqualTo("C");
        Document updated = stored(later, true);
        assertThat(updated.getString("name")).isEqualTo("杭州乙（更名）");
        assertThat(updated.getString("riskClass")).isEqualTo("B");
        assertThat(updated.getString("status")).isEqualTo("CLOSED");
    }
}
