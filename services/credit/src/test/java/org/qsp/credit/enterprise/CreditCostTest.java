package org.qsp.credit.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.qsp.contracts.ContractFixtures;
import org.qsp.contracts.EventCatalog;
import org.qsp.credit.CreditIntegrationTest;
import org.qsp.credit.StoreTraffic.Command;
import org.qsp.credit.StoreTraffic.Measured;
import org.qsp.credit.rules.Contribution;
import org.qsp.credit.rules.RecordType;
import org.qsp.credit.rules.RiskClass;
import org.qsp.platform.test.TestUsccs;

/**
 * What one more event costs: the documents the use case reads and writes, counted at the store's
 * door, for an enterprise with a few records and one with ten thousand. Work, not time.
 */
class CreditCostTest extends CreditIntegrationTest {

    static final Instant AT = Instant.parse("2026-03-05T09:30:00Z");

    @Autowired
    MongoTemplate mongo;

    @Test
    void one_more_event_costs_the_same_for_an_enterprise_with_four_records_as_for_one_with_ten_thousand() {
        String few = withCountedRecords(4);
        String many = withCountedRecords(10_000);

        Measured forFew = traffic.measure(() -> failSample(few));
        Measured forMany = traffic.measure(() -> failSample(many));

        assertThat(forMany.commands()).isEqualTo(forFew.commands());
        assertThat(forMany.documentsRead()).isLessThanOrEqualTo(4);
        assertThat(forMany.largestRead()).isEqualTo(1);
        assertThat(forMany.commands()).extracting(Command::name).doesNotContain("aggregate", "count", "getMore");
        Enterprise enterprise = awaitPublished(many);
        assertThat(enterprise.explanation()).containsExactly(new Contribution(RecordType.SAMPLE_FAILED, 10_001, -15));
        assertThat(enterprise.unboundedScore()).isEqualTo(100 - 10_001 * 15);
        assertThat(enterprise.score()).as("held at the floor").isZero();
        assertThat(enterprise.inFlight()).isEmpty();
    }

    @Test
    void the_enterprise_document_stays_small_with_ten_thousand_records_and_they_page_from_their_own_collection() {
        String many = withCountedRecords(10_000);
        failSample(many);

        assertThat(enterpriseDocument(many).toJson().length()).isLessThan(1_000);
        RecordPage newest = records.newest(many, 0, 10);
        assertThat(newest.total()).isEqualTo(10_001);
        assertThat(newest.items()).hasSize(10).allMatch(CreditRecord::counted);
    }

    @Test
    void the_running_tally_over_ten_thousand_records_is_the_one_the_records_give() {
        String many = withCountedRecords(10_000);
        failSample(many);
        awaitPublished(many);

        assertThat(recording.recount(many).changed()).isFalse();
        assertThat(awaitPublished(many).riskClass()).isEqualTo(RiskClass.D);
    }

    /**
     * An enterprise with that many counted records: one from an event, the others stored in bulk,
     * marked counted, and the enterprise brought to their tally by a recount (which reads them all, once).
     */
    private String withCountedRecords(int count) {
        String uscc = TestUsccs.valid("330100");
        List<CreditRecord> seeded = IntStream.range(0, count - 1).mapToObj(i -> new CreditRecord(
                "/seed/" + uscc + "/" + i, uscc, RecordType.SAMPLE_FAILED, EventCatalog.SAMPLE_FINALIZED.type(),
                "S-" + i, AT.minusSeconds(i), "seeded record " + i, AT, false)).toList();
        mongo.insert(seeded, CreditRecord.class);
        failSample(uscc);
        recording.recount(uscc);
        Enterprise enterprise = awaitPublished(uscc);
        assertThat(enterprise.unboundedScore()).isEqualTo(100 - count * 15);
        assertThat(enterprise.score()).isEqualTo(Math.max(0, 100 - count * 15));
        return uscc;
    }

    private void failSample(String uscc) {
        String sampleId = "S-" + UUID.randomUUID();
        recording.sampleFinalized(event(EventCatalog.SAMPLE_FINALIZED, UUID.randomUUID().toString(), sampleId,
                ContractFixtures.finalFail(sampleId, uscc, false)));
    }

    private Document enterpriseDocument(String uscc) {
        return mongo.getCollection(mongo.getCollectionName(Enterprise.class)).find(new Document("_id", uscc)).first();
    }
}
