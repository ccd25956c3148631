package org.qsp.credit.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.qsp.contracts.ContractFixtures;
import org.qsp.contracts.EventCatalog;
import org.qsp.credit.CreditIntegrationTest;
import org.qsp.credit.rules.Contribution;
import org.qsp.credit.rules.RecordType;
import org.qsp.platform.test.TestEvents;
import org.qsp.platform.test.TestUsccs;

/** What the complaint service reports becomes credit: substantiated reports and the outcomes of mediations. */
class CreditRecordsFromComplaintsTest extends CreditIntegrationTest {

    final String uscc = TestUsccs.valid("330106");

    @Test
    void a_substantiated_report_becomes_one_record_with_the_violation_whose_source_is_the_case_even_delivered_twice() {
        String caseId = "CC-" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        String eventId = UUID.randomUUID().toString();
        var decided = ContractFixtures.reportDecided(caseId, uscc, true);

        RecordMetadata first = kit.send(TestEvents.record(EventCatalog.COMPLAINT_REPORT_DECIDED, caseId, decided,
                eventId));
        RecordMetadata again = kit.send(TestEvents.record(EventCatalog.COMPLAINT_REPORT_DECIDED, caseId, decided,
                eventId));
        kit.awaitConsumed(first, again);

        assertThat(recordsOf(uscc)).singleElement().satisfies(record -> {
            assertThat(record.type()).isEqualTo(RecordType.REPORT_SUBSTANTIATED);
            assertThat(record.sourceId()).isEqualTo(caseId);
            assertThat(record.sourceType()).isEqualTo(EventCatalog.COMPLAINT_REPORT_DECIDED.type());
            assertThat(record.description()).contains("销售过期食品", "《食品安全法》第三十四条");
            assertThat(record.counted()).isTrue();
        });
        assertThat(awaitPublished(uscc).explanation())
                .containsExactly(new Contribution(RecordType.REPORT_SUBSTANTIATED, 1, -25));
    }

    @Test
    void an_unsubstantiated_report_and_a_withdrawn_complaint_make_no_record_a_settled_and_a_failed_mediation_do() {
        kit.awaitConsumed(
                kit.publish(EventCatalog.COMPLAINT_REPORT_DECIDED, "CC-n1",
                        ContractFixtures.reportDecided("CC-n1", uscc, false)),
                kit.publish(EventCatalog.COMPLAINT_MEDIATION_CONCLUDED, "CC-n2",
                        ContractFixtures.mediationConcluded("CC-n2", uscc, "WITHDRAWN")),
                kit.publish(EventCatalog.COMPLAINT_MEDIATION_CONCLUDED, "CC-n3",
                        ContractFixtures.mediationConcluded("CC-n3", uscc, "SETTLED")),
                kit.publish(EventCatalog.COMPLAINT_MEDIATION_CONCLUDED, "CC-n4",
                        ContractFixtures.mediationConcluded("CC-n4", uscc, "IMPASSE")));

        assertThat(recordsOf(uscc)).extracting(CreditRecord::sourceId, CreditRecord::type)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("CC-n3", RecordType.COMPLAINT_SETTLED),
                        org.assertj.core.groups.Tuple.tuple("CC-n4", RecordType.COMPLAINT_UNRESOLVED));
        assertThat(awaitPublished(uscc).score()).isEqualTo(100 - 2 - 5);
    }
}
