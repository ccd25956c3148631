package org.qsp.credit.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.qsp.contracts.ContractFixtures;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.rectification.RectificationNoticePublished;
import org.qsp.credit.CreditIntegrationTest;
import org.qsp.credit.rules.Contribution;
import org.qsp.credit.rules.RecordType;
import org.qsp.platform.test.TestEvents;
import org.qsp.platform.test.TestUsccs;

/**
 * A failed re-check after rectification (DOMAIN.md §9: "a re-check fails → … credit record") becomes one
 * RECHECK_FAILED record of its enterprise, from the public notice rectification publishes (ADR 0024).
 */
class CreditRecordsFromRechecksTest extends CreditIntegrationTest {

    final String uscc = TestUsccs.valid("330106");

    @Test
    void a_failed_recheck_s_public_notice_becomes_one_record_even_delivered_twice() {
        String taskId = "RT-S-RC-" + uscc;
        RectificationNoticePublished notice = ContractFixtures.noticePublished(taskId, uscc);
        String eventId = UUID.randomUUID().toString();

        RecordMetadata first = kit.send(TestEvents.record(EventCatalog.RECTIFICATION_NOTICE_PUBLISHED, taskId, notice,
                eventId));
        RecordMetadata again = kit.send(TestEvents.record(EventCatalog.RECTIFICATION_NOTICE_PUBLISHED, taskId, notice,
                eventId));
        kit.awaitConsumed(first, again);

        assertThat(recordsOf(uscc)).singleElement().satisfies(record -> {
            assertThat(record.type()).isEqualTo(RecordType.RECHECK_FAILED);
            assertThat(record.sourceId()).isEqualTo(taskId);
            assertThat(record.sourceType()).isEqualTo(EventCatalog.RECTIFICATION_NOTICE_PUBLISHED.type());
            assertThat(record.occurredAt()).isEqualTo(notice.publishedAt());
            assertThat(record.description()).contains(taskId, "S-2", "PN-" + taskId);
            assertThat(record.counted()).isTrue();
        });
        var enterprise = awaitPublished(uscc);
        assertThat(enterprise.explanation()).containsExactly(new Contribution(RecordType.RECHECK_FAILED, 1, -30));
        assertThat(enterprise.score()).isEqualTo(70);
    }
}
