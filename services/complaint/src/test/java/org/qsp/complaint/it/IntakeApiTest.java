package org.qsp.complaint.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.qsp.complaint.cases.CaseKind;
import org.qsp.complaint.cases.CaseStatus;
import org.qsp.complaint.cases.ComplaintCase;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.complaint.ComplaintCaseReceived;
import org.qsp.platform.test.TestUsccs;
import tools.jackson.databind.JsonNode;

class IntakeApiTest extends ComplaintIntegrationTest {

    @Test
    void a_complaint_is_filed_at_the_county_of_the_respondent_with_its_acceptance_deadline_and_one_event() throws Exception {
        String uscc = TestUsccs.valid(COUNTY);
        kit.clock().set(at("2026-03-02T02:00:00Z"));

        JsonNode answer = file(with(complaint(uscc, COUNTY), "receivedAt", "2026-03-02T01:30:00Z"),
                consumer("consumer-intake-1"));

        String caseId = answer.get("caseId").asString();
        assertThat(answer.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(answer.get("acceptanceDeadline").asString()).isEqualTo("2026-03-11");
        ComplaintCase filed = awaitPublished(caseId);
        assertThat(filed.kind()).isEqualTo(CaseKind.COMPLAINT);
        assertThat(filed.authorityRegion()).isEqualTo(COUNTY);
        assertThat(filed.filedBy()).isEqualTo("consumer-intake-1");
        assertThat(filed.person().phone()).isEqualTo("13800138000");
        assertThat(filed.attributes()).containsEntry("amount", "25.5").containsEntry("brand", "好味");

        var received = kit.published(EventCatalog.COMPLAINT_CASE_RECEIVED, caseId);
        assertThat(received).hasSize(1);
        ComplaintCaseReceived event = kit.recorder().payload(received.getFirst(), EventCatalog.COMPLAINT_CASE_RECEIVED);
        assertThat(event.respondent().uscc()).isEqualTo(uscc);
        assertThat(event.acceptanceDeadline()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(event.product().model()).isEqualTo("500g/袋");
        assertThat(received.getFirst().value()).doesNotContain("张三", "13800138000", "文三路");
    }

    @Test
    void a_submission_of_both_opens_two_linked_cases_one_per_procedure() throws Exception {
        JsonNode answer = file(with(complaint(TestUsccs.valid(COUNTY), COUNTY), "kind", "BOTH"),
                consumer("consumer-intake-2"));

        List<String> ids = texts(answer.get("cases"), "caseId");
        assertThat(ids).hasSize(2);
        ComplaintCase complaint = awaitPublished(ids.get(0));
        ComplaintCase report = awaitPublished(ids.get(1));
        assertThat(complaint.kind()).isEqualTo(CaseKind.COMPLAINT);
        assertThat(report.kind()).isEqualTo(CaseKind.REPORT);
        assertThat(complaint.linkedCaseId()).isEqualTo(report.id());
        assertThat(report.linkedCaseId()).isEqualTo(complaint.id());
        assertThat(report.request()).isNull();
        assertThat(report.person()).isEqualTo(complaint.person());
        assertThat(report.id()).doesNotStartWith(complaint.id());
    }

    @Test
    void the_same_key_and_body_answer_the_same_case_and_another_body_with_that_key_is_409() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = json(complaint(TestUsccs.valid(COUNTY), COUNTY));
        String first = mvc.perform(post(CASES).with(consumer("consumer-intake-3")).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String again = mvc.perform(post(CASES).with(consumer("consumer-intake-3")).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(again).isEqualTo(first);
        long stored = storedCases();

        mvc.perform(post(CASES).with(consumer("consumer-intake-3")).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("退货并赔偿", "只要赔偿")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("idempotency-key-reused"));
        mvc.perform(post(CASES).with(consumer("consumer-intake-3")).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("\"COMPLAINT\"", "\"BOTH\"")))
                .andExpect(status().isConflict());
        assertThat(storedCases()).isEqualTo(stored);
        String caseId = read(first).get("caseId").asString();
        awaitPublished(caseId);
        assertThat(kit.published(EventCatalog.COMPLAINT_CASE_RECEIVED, caseId)).hasSize(1);
    }

    @Test
    void twenty_concurrent_identical_posts_file_one_case_and_all_get_its_answer_after_retrying_what_was_shed() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = json(complaint(TestUsccs.valid(COUNTY), COUNTY));
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> posts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            posts.add(() -> {
                start.await();
                // a post shed before any work (503, ADR 0011) is sent again, as a phone does
                var response = await().pollInterval(Duration.ofMillis(20)).atMost(Duration.ofSeconds(60))
                        .until(() -> mvc.perform(post(CASES).with(consumer("consumer-intake-4"))
                                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                                        .content(body)).andReturn().getResponse(),
                                answer -> answer.getStatus() != 503);
                return response.getStatus() + " " + response.getContentAsString();
            });
        }
        Set<String> answers = new HashSet<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            List<Future<String>> results = new ArrayList<>();
            for (Callable<String> p : posts) {
                results.add(pool.submit(p));
            }
            start.countDown();
            for (Future<String> result : results) {
                answers.add(result.get());
            }
        }

        assertThat(answers).hasSize(1);
        String answer = answers.iterator().next();
        assertThat(answer).startsWith("201 ");
        String caseId = read(answer.substring(4)).get("caseId").asString();
        awaitPublished(caseId);
        assertThat(mongo.findAll(ComplaintCase.class)).filteredOn(c -> "consumer-intake-4".equals(c.filedBy()))
                .hasSize(1);
        assertThat(kit.published(EventCatalog.COMPLAINT_CASE_RECEIVED, caseId)).hasSize(1);
    }

    @Test
    void a_report_may_come_without_a_token_and_without_a_reporter_but_a_complaint_may_not() throws Exception {
        String caseId = fileCase(report(TestUsccs.valid(COUNTY), COUNTY, null, null), null);
        ComplaintCase anonymous = awaitPublished(caseId);
        assertThat(anonymous.person()).isNull();
        assertThat(anonymous.filedBy()).isNull();
        assertThat(anonymous.status()).isEqualTo(CaseStatus.RECEIVED);

        long stored = storedCases();
        mvc.perform(post(CASES).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content(json(complaint(null, COUNTY))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("login-required"));
        assertThat(storedCases()).isEqualTo(stored);
    }

    @Test
    void the_category_catalogue_is_public_and_open311_shaped() throws Exception {
        JsonNode categories = read(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/complaint/v1/categories")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(texts(categories, "code")).contains("food", "consumer-product", "service", "price",
                "advertising");
        JsonNode food = categories.valueStream().filter(c -> c.get("code").asString().equals("food")).findFirst()
                .orElseThrow();
        assertThat(food.get("name").asString()).isEqualTo("食品");
        assertThat(food.get("safetyRelated").asBoolean()).isTrue();
        assertThat(texts(food.get("attributes"), "code")).contains("product_name", "brand", "model", "batch",
                "purchase_date", "purchase_place", "amount");
        assertThat(food.get("attributes").get(0).has("datatype")).isTrue();
        assertThat(food.get("attributes").get(0).has("required")).isTrue();
    }
}
