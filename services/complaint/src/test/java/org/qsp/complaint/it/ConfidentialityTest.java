package org.qsp.complaint.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;

/**
 * A reporter's identity never reaches the reported business: a scenario of a named report and a complaint-and-report
 * against one business, from intake to decision, and then every answer that business and the public get, every
 * event on the topics, every log line and every metric tag is searched for the reporter's name and phone.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConfidentialityTest extends ComplaintIntegrationTest {

    private static final String NAME = "孙保密";
    private static final String PHONE = "13312345678";

    @Autowired
    MeterRegistry meters;

    @Test
    void the_reporter_s_name_and_phone_appear_in_no_answer_to_the_business_no_event_no_log_line_and_no_metric(
            CapturedOutput output) throws Exception {
        String uscc = TestUsccs.valid(COUNTY);
        RequestPostProcessor business = Tokens.enterprise("ent-conf", uscc);
        RequestPostProcessor reporter = consumer("consumer-conf");
        List<String> answers = new ArrayList<>();

        answers.add(send(post(CASES).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON).content(json(report(uscc, COUNTY, NAME, PHONE))), reporter));
        String reportId = read(answers.getLast()).get("caseId").asString();
        Map<String, Object> both = with(with(complaint(uscc, COUNTY), "kind", "BOTH"), "complainant",
                Map.of("name", NAME, "phone", PHONE));
        answers.add(send(post(CASES).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON).content(json(both)), reporter));
        String twinId = read(answers.getLast()).get("cases").get(1).get("caseId").asString();

        for (String id : List.of(reportId, twinId)) {
            postJson(CASES + "/" + id + "/decision", Map.of("decision", "ACCEPT"), countyRegulator());
            postJson(CASES + "/" + id + "/report-decision", Map.of("substantiated", true, "violation", "虚假宣传",
                    "legalBasis", "《广告法》第二十八条", "penaltyDecided", true), countyRegulator());
            answers.add(send(get(CASES + "/" + id), business));
            awaitPublished(id);
        }
        answers.add(send(get(CASES + "/against-me?size=100"), business));
        answers.add(send(get("/api/complaint/v1/public/businesses/" + uscc + "/stats"), null));
        answers.add(send(get("/api/complaint/v1/public/regions/330100/top-businesses"), null));
        answers.add(send(get(CASES + "/mine"), reporter));

        kit.awaitConsumerCaughtUp();
        List<String> events = kit.recorder().awaitCaughtUp().records().stream()
                .map(r -> r.key() + " " + r.value() + " " + r.headers()).toList();
        List<String> tags = meters.getMeters().stream()
                .flatMap(m -> m.getId().getTags().stream().map(t -> t.getKey() + "=" + t.getValue())).toList();

        assertThat(answers).hasSizeGreaterThanOrEqualTo(7).noneMatch(a -> a.contains(NAME) || a.contains(PHONE));
        assertThat(events).isNotEmpty().noneMatch(e -> e.contains(NAME) || e.contains(PHONE));
        assertThat(output.getAll()).isNotEmpty().doesNotContain(NAME).doesNotContain(PHONE);
        assertThat(tags).isNotEmpty().noneMatch(t -> t.contains(NAME) || t.contains(PHONE));
        // the handling authority does see who reported (it must tell a named reporter of the decision)
        assertThat(send(get(CASES + "/" + reportId), countyRegulator())).contains(NAME, PHONE);
    }

    private String send(MockHttpServletRequestBuilder request, RequestPostProcessor caller) throws Exception {
        if (caller != null) {
            request.with(caller);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isLessThan(300);
        return response.getContentAsString();
    }
}
