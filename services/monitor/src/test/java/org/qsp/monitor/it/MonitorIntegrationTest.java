package org.qsp.monitor.it;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.EventType;
import org.qsp.contracts.ProductRef;
import org.qsp.contracts.credit.CreditClassChanged;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.contracts.inspection.SamplePassed;
import org.qsp.contracts.rectification.RectificationTaskAcknowledged;
import org.qsp.contracts.rectification.RectificationTaskOpened;
import org.qsp.platform.test.QspServiceTest;
import org.qsp.platform.test.ServiceTestKit;
import org.qsp.platform.test.TestEvents;
import org.qsp.platform.test.Tokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole monitor service against the embedded broker and the in-process store; subclasses share the context. */
@QspServiceTest
abstract class MonitorIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** A county of Hangzhou, which the city regulator 330100 covers and Shenzhen's 440300 does not. */
    static final String COUNTY = "330106";
    static final String CITY = "330100";

    @Autowired
    MockMvc mvc;
    @Autowired
    ServiceTestKit kit;
    @Autowired
    Tracer tracer;

    static RequestPostProcessor regulator() {
        return Tokens.regulator("regulator-hz", CITY);
    }

    static RequestPostProcessor shenzhen() {
        return Tokens.regulator("regulator-sz", "440300");
    }

    /** A new trace: events sent in it carry its id in their {@code traceparent}, as a producing service's would. */
    Span newTrace() {
        return tracer.nextSpan().name("test").start();
    }

    static SampleFailed failed(String sampleId, String uscc, Instant concludedAt) {
        return new SampleFailed(sampleId, new EnterpriseRef(uscc, "杭州示例食品有限公司", COUNTY),
                new ProductRef("速冻水饺", "好味", "500g/袋", "20261101"), concludedAt.minus(Duration.ofDays(3)),
                concludedAt, List.of(new SampleFailed.FailedItem("菌落总数", "≤100000", "350000", "CFU/g", false)),
                false);
    }

    static SamplePassed passed(String sampleId, String uscc, Instant concludedAt) {
        return new SamplePassed(sampleId, new EnterpriseRef(uscc, "杭州示例食品有限公司", COUNTY),
                new ProductRef("速冻水饺", "好味", "500g/袋", "20261101"), concludedAt.minus(Duration.ofDays(3)),
                concludedAt);
    }

    static RectificationTaskOpened taskFor(String sampleId, String uscc, LocalDate deadline) {
        return new RectificationTaskOpened("RT-" + sampleId, "SAMPLE_FAILED", sampleId,
                new EnterpriseRef(uscc, "杭州示例食品有限公司", COUNTY), "速冻水饺", Instant.parse("2026-11-25T02:00:00Z"),
                deadline, deadline.plusDays(15), true);
    }

    static RectificationTaskAcknowledged acknowledged(String taskId, String uscc) {
        return new RectificationTaskAcknowledged(taskId, uscc, Instant.parse("2026-11-26T02:00:00Z"));
    }

    static CreditClassChanged classChanged(String uscc, String from, String to) {
        return new CreditClassChanged(uscc, from, to, 40, Instant.parse("2026-11-25T03:00:00Z"));
    }

    /** Publishes the event twice (the same CloudEvents id: a redelivery), in the given trace; both records. */
    <T> RecordMetadata[] twice(EventType<T> type, String key, T payload, Span trace) {
        String id = java.util.UUID.randomUUID().toString();
        return new RecordMetadata[] {inTrace(trace, TestEvents.record(type, key, payload, id)),
                inTrace(trace, TestEvents.record(type, key, payload, id))};
    }

    <T> RecordMetadata once(EventType<T> type, String key, T payload, Span trace) {
        return inTrace(trace, TestEvents.record(type, key, payload));
    }

    private RecordMetadata inTrace(Span trace, ProducerRecord<String, String> record) {
        try (Tracer.SpanInScope ignored = tracer.withSpan(trace)) {
            return kit.send(record);
        }
    }

    JsonNode send(MockHttpServletRequestBuilder request, RequestPostProcessor caller, int expected) throws Exception {
        String answer = mvc.perform(request.with(caller)).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString();
        return answer.isEmpty() ? JSON.createObjectNode() : JSON.readTree(answer);
    }

    JsonNode getJson(String path, RequestPostProcessor caller) throws Exception {
        return send(get(path), caller, 200);
    }

    static void await(String what, java.util.concurrent.Callable<Boolean> condition) {
        Awaitility.await(what).atMost(Duration.ofSeconds(60)).until(condition);
    }
}
