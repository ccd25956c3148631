package org.qsp.rectification.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.qsp.contracts.ContractFixtures;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.complaint.ComplaintReportDecided;
import org.qsp.contracts.rectification.RectificationTaskOpened;
import org.qsp.platform.test.TestEvents;
import org.qsp.platform.test.TestUsccs;
import org.qsp.rectification.task.RectificationTask;
import org.qsp.rectification.task.TaskSource;
import org.qsp.rectification.task.TaskStatus;

/** A substantiated report whose violation needs correction opens one task with source REPORT (DOMAIN.md §4). */
class ReportTaskTest extends RectificationIntegrationTest {

    private static final String REGION = "330106";

    @Test
    void a_substantiated_report_opens_one_task_with_deadlines_from_the_decision_even_delivered_twice() {
        String uscc = TestUsccs.valid(REGION);
        String caseId = caseId();
        ComplaintReportDecided decided = ContractFixtures.reportDecided(caseId, uscc, true);
        String eventId = UUID.randomUUID().toString();

        RecordMetadata first = kit.send(TestEvents.record(EventCatalog.COMPLAINT_REPORT_DECIDED, caseId, decided,
                eventId));
        RecordMetadata again = kit.send(TestEvents.record(EventCatalog.COMPLAINT_REPORT_DECIDED, caseId, decided,
                eventId));
        kit.awaitConsumed(first, again);

        RectificationTask task = awaitPublished("RT-" + caseId);
        assertThat(task.source()).isEqualTo(new TaskSource(TaskSource.Type.REPORT, caseId));
        assertThat(task.status()).isEqualTo(TaskStatus.NOTIFIED);
        assertThat(task.enterprise().uscc()).isEqualTo(uscc);
        assertThat(task.product().name()).isEqualTo("速冻水饺");
        assertThat(task.order().orderedAt()).isEqualTo(ContractFixtures.AT);
        assertThat(task.order().stopSaleRequired()).isFalse();
        assertThat(allTasks()).filteredOn(t -> t.source().id().equals(caseId)).hasSize(1);
        var opened = kit.published(EventCatalog.RECTIFICATION_TASK_OPENED, "RT-" + caseId);
        assertThat(opened).hasSize(1);
        RectificationTaskOpened event = kit.recorder().payload(opened.getFirst(),
                EventCatalog.RECTIFICATION_TASK_OPENED);
        assertThat(event.sourceType()).isEqualTo("REPORT");
        assertThat(event.sourceId()).isEqualTo(caseId);
        assertThat(event.correctionDeadline()).isEqualTo(LocalDate.of(2026, 5, 6));
        assertThat(event.recheckDue()).isEqualTo(LocalDate.of(2026, 5, 18));
    }

    @Test
    void an_unsubstantiated_report_or_one_that_needs_no_correction_opens_nothing() {
        String uscc = TestUsccs.valid(REGION);
        String notSubstantiated = caseId();
        String noCorrection = caseId();
        ComplaintReportDecided substantiated = ContractFixtures.reportDecided(noCorrection, uscc, true);
        ComplaintReportDecided withoutCorrection = new ComplaintReportDecided(noCorrection, substantiated.category(),
                substantiated.respondent(), substantiated.product(), substantiated.authorityRegion(), true,
                substantiated.violation(), substantiated.legalBasis(), true, false, substantiated.decidedAt());

        kit.awaitConsumed(
                kit.publish(EventCatalog.COMPLAINT_REPORT_DECIDED, notSubstantiated,
                        ContractFixtures.reportDecided(notSubstantiated, uscc, false)),
                kit.publish(EventCatalog.COMPLAINT_REPORT_DECIDED, noCorrection, withoutCorrection));

        assertThat(tasks.find("RT-" + notSubstantiated)).isEmpty();
        assertThat(tasks.find("RT-" + noCorrection)).isEmpty();
        assertThat(allTasks()).noneMatch(t -> t.enterprise().uscc().equals(uscc));
    }

    private static String caseId() {
        return "CC-" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }
}
