package org.qsp.credit.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qsp.contracts.ContractFixtures;
import org.qsp.contracts.credit.CreditClassChanged;
import org.qsp.credit.rules.Contribution;
import org.qsp.credit.rules.CreditRules;
import org.qsp.credit.rules.RecordType;
import org.qsp.credit.rules.RuleTables;
import org.qsp.credit.rules.RiskClass;

class EnterpriseTest {

    static final Instant NOW = Instant.parse("2026-03-05T09:30:00Z");
    static final CreditRules RULES = new CreditRules(100,
            RuleTables.with(Map.of(RecordType.SAMPLE_FAILED, -15, RecordType.SAMPLE_FAILED_SAFETY, -30,
                    RecordType.SAMPLING_REFUSED, -20,
                    RecordType.RECTIFICATION_OVERDUE, -20, RecordType.REPORT_SUBSTANTIATED, -25,
                    RecordType.COMPLAINT_SETTLED, -2, RecordType.COMPLAINT_UNRESOLVED, -5,
                    RecordType.RECALL_ORDERED, -25, RecordType.RECALL_OVERDUE, -10,
                    RecordType.RECALL_VOLUNTARY_COMPLETED, 0)),
            Map.of(RiskClass.A, 90, RiskClass.B, 75, RiskClass.C, 60));

    final Enterprise enterprise = Enterprise.open(ContractFixtures.USCC_A, RULES.starting());

    @Test
    void an_enterprise_first_seen_is_in_the_starting_class_and_in_the_region_of_its_uscc() {
        Enterprise first = Enterprise.open(ContractFixtures.USCC_B, RULES.starting());

        assertThat(first.riskClass()).isEqualTo(RiskClass.A);
        assertThat(first.score()).isEqualTo(100);
        assertThat(first.region()).isEqualTo("330106");
        assertThat(first.explanation()).isEmpty();
        assertThat(first.tallied()).isTrue();
        assertThat(first.raisedEvents()).isEmpty();
    }

    @ParameterizedTest(name = "claims {0} → region of record {1}")
    @CsvSource({
            "330106,               330106",
            "330106 320106,        330106",
            "330106 320106 330102, 330106",
            "999999 320106,        330100",
            "000000,               330100",
            "100000 330106,        330100"})
    void the_first_claim_of_a_real_region_places_the_enterprise_and_no_later_claim_moves_it(String claims,
            String regionOfRecord) {
        Enterprise opened = Enterprise.open(ContractFixtures.USCC_A, RULES.starting());
        assertThat(opened.region()).as("the USCC's region until an event names one").isEqualTo("330100");
        opened.describe("杭州示例食品有限公司", null);
        assertThat(opened.region()).isEqualTo("330100");

        for (String claim : claims.split(" ")) {
            opened.describe("杭州示例食品有限公司", claim);
        }

        assertThat(opened.region()).isEqualTo(regionOfRecord);
        for (String claim : claims.split(" ")) {
            assertThat(opened.conflictsWith(claim)).as("claim %s conflicts", claim)
                    .isEqualTo(!claim.equals(regionOfRecord));
        }
        assertThat(opened.conflictsWith(null)).isFalse();
        assertThat(opened.raisedEvents()).isEmpty();
    }

    @Test
    void a_counted_record_that_moves_the_class_raises_one_class_changed_event() {
        enterprise.count(pending("r1", RecordType.SAMPLE_FAILED), RULES, NOW);

        assertThat(enterprise.raisedEvents())
                .containsExactly(new CreditClassChanged(ContractFixtures.USCC_A, "A", "B", 85, NOW));
        assertThat(enterprise.explanation()).containsExactly(new Contribution(RecordType.SAMPLE_FAILED, 1, -15));
        assertThat(enterprise.inFlight()).containsExactly("r1");
        assertThat(enterprise.assessedAt()).isEqualTo(NOW);
    }

    @Test
    void a_record_in_flight_is_not_counted_twice() {
        enterprise.count(pending("r1", RecordType.SAMPLE_FAILED), RULES, NOW);

        enterprise.count(pending("r1", RecordType.SAMPLE_FAILED), RULES, NOW.plusSeconds(60));

        assertThat(enterprise.score()).isEqualTo(85);
        assertThat(enterprise.raisedEvents()).hasSize(1);
        assertThat(enterprise.assessedAt()).isEqualTo(NOW);
    }

    @Test
    void a_record_that_says_it_was_counted_is_not_counted_again_once_settled() {
        CreditRecord record = pending("r1", RecordType.SAMPLE_FAILED);
        enterprise.count(record, RULES, NOW);
        enterprise.settle("r1");

        enterprise.count(counted(record), RULES, NOW.plusSeconds(60));

        assertThat(enterprise.score()).isEqualTo(85);
        assertThat(enterprise.inFlight()).isEmpty();
        assertThat(enterprise.pointsOf(counted(record))).isEqualTo(-15);
    }

    @Test
    void a_record_not_counted_yet_moves_the_score_by_nothing() {
        enterprise.count(pending("r1", RecordType.SAMPLE_FAILED), RULES, NOW);

        assertThat(enterprise.pointsOf(pending("r1", RecordType.SAMPLE_FAILED))).isEqualTo(-15);
        assertThat(enterprise.pointsOf(pending("r2", RecordType.SAMPLE_FAILED))).isZero();
    }

    @Test
    void records_of_one_type_add_up_in_one_line_and_other_types_get_their_own() {
        for (int i = 0; i < 3; i++) {
            enterprise.count(pending("f" + i, RecordType.SAMPLE_FAILED), RULES, NOW);
        }
        enterprise.count(pending("o1", RecordType.RECTIFICATION_OVERDUE), RULES, NOW);

        assertThat(enterprise.explanation()).containsExactly(new Contribution(RecordType.SAMPLE_FAILED, 3, -15),
                new Contribution(RecordType.RECTIFICATION_OVERDUE, 1, -20));
        assertThat(enterprise.score()).isEqualTo(35);
        assertThat(enterprise.countedByType()).isEqualTo(Map.of(RecordType.SAMPLE_FAILED, 3,
                RecordType.RECTIFICATION_OVERDUE, 1));
    }

    @Test
    void a_score_that_moves_within_its_class_raises_no_event() {
        enterprise.count(pending("r1", RecordType.SAMPLE_FAILED_SAFETY), RULES, NOW);
        enterprise.count(pending("r2", RecordType.SAMPLE_FAILED_SAFETY), RULES, NOW);
        int changes = enterprise.raisedEvents().size();

        enterprise.count(pending("r3", RecordType.SAMPLE_FAILED), RULES, NOW);

        assertThat(enterprise.score()).isEqualTo(25);
        assertThat(enterprise.raisedEvents()).hasSize(changes);
    }

    @Test
    void a_recount_that_finds_the_same_tally_changes_nothing_and_one_that_differs_corrects_it() {
        enterprise.count(pending("r1", RecordType.SAMPLE_FAILED), RULES, NOW);

        enterprise.recount(Map.of(RecordType.SAMPLE_FAILED, 1), RULES, NOW.plusSeconds(60));
        assertThat(enterprise.assessedAt()).isEqualTo(NOW);

        enterprise.recount(Map.of(RecordType.SAMPLE_FAILED, 2), RULES, NOW.plusSeconds(120));
        assertThat(enterprise.score()).isEqualTo(70);
        assertThat(enterprise.raisedEvents()).last()
                .isEqualTo(new CreditClassChanged(ContractFixtures.USCC_A, "B", "C", 70, NOW.plusSeconds(120)));
    }

    @Test
    void the_name_and_region_an_event_carried_replace_what_was_known() {
        enterprise.describe("杭州示例食品有限公司", "330102");
        enterprise.describe(null, null);

        assertThat(enterprise.name()).isEqualTo("杭州示例食品有限公司");
        assertThat(enterprise.region()).isEqualTo("330102");
    }

    private static CreditRecord pending(String id, RecordType type) {
        return new CreditRecord(id, ContractFixtures.USCC_A, type, "t", "s", NOW, "d", NOW, true);
    }

    private static CreditRecord counted(CreditRecord record) {
        return new CreditRecord(record.id(), record.uscc(), record.type(), record.sourceType(), record.sourceId(),
                record.occurredAt(), record.description(), record.recordedAt(), false);
    }
}
