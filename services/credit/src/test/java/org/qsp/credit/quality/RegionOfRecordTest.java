package org.qsp.credit.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.contracts.ContractFixtures;
import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.inspection.SampleFinalized;
import org.qsp.credit.CreditIntegrationTest;
import org.qsp.credit.enterprise.CreditRecord;
import org.qsp.credit.enterprise.Enterprise;
import org.qsp.platform.test.TestEvents;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;

/**
 * The region of record: the first event that names the enterprise's region places its credit file
 * there, and no later claim moves it; a claim of another region is kept once as a data-quality
 * flag that a regulator of either region sees. Events come through the broker, delivered twice
 * where that matters. Only this class places enterprises in Fujian (35) and Anhui (34), so the
 * flag lists of those regions answer exactly.
 */
class RegionOfRecordTest extends CreditIntegrationTest {

    static final String FLAGS = "/api/credit/v1/data-quality/flags";
    static final String FILES = "/api/credit/v1/enterprises";
    static final String GULOU_FUZHOU = "350102";
    static final String SIMING_XIAMEN = "350203";
    static final String SHUSHAN_HEFEI = "340104";

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;

    @Test
    void a_form_naming_another_region_leaves_the_file_with_its_regulators_and_is_flagged_once_for_both_regions()
            throws Exception {
        String uscc = TestUsccs.valid(GULOU_FUZHOU);
        String first = "S-first-" + uscc;
        String hijack = "S-hijack-" + uscc;
        String hijackEvent = UUID.randomUUID().toString();
        kit.awaitConsumed(failed(first, uscc, GULOU_FUZHOU, UUID.randomUUID().toString()));

        // the hijack: a form that places the enterprise in Hefei, delivered twice
        RecordMetadata once = failed(hijack, uscc, SHUSHAN_HEFEI, hijackEvent);
        RecordMetadata twice = failed(hijack, uscc, SHUSHAN_HEFEI, hijackEvent);
        kit.awaitConsumed(once, twice);

        Enterprise enterprise = awaitPublished(uscc);
        assertThat(enterprise.region()).isEqualTo(GULOU_FUZHOU);
        assertThat(recordsOf(uscc)).extracting(CreditRecord::sourceId).containsExactlyInAnyOrder(first, hijack);
        List<DataQualityFlag> flags = flagsOf(uscc);
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.kind()).isEqualTo(DataQualityFlag.FlagKind.REGION_CONFLICT);
            assertThat(flag.regionOfRecord()).isEqualTo(GULOU_FUZHOU);
            assertThat(flag.claimedRegion()).isEqualTo(SHUSHAN_HEFEI);
            assertThat(flag.sourceId()).isEqualTo(hijack);
            assertThat(flag.sourceType()).isEqualTo(EventCatalog.SAMPLE_FINALIZED.type());
            assertThat(flag.id()).isEqualTo(DataQualityFlag.idOf("/qsp/inspection/" + hijackEvent));
        });
        String flagId = flags.getFirst().id();

        // the file stays with Fuzhou's regulators, with both records, and says it has a flag
        RequestPostProcessor fuzhou = Tokens.regulator("r-fz", "350100");
        mvc.perform(get(FILES + "/" + uscc).with(fuzhou)).andExpect(status().isOk())
                .andExpect(jsonPath("$.region").value(GULOU_FUZHOU))
                .andExpect(jsonPath("$.records[*].sourceId").value(containsInAnyOrder(first, hijack)))
                .andExpect(jsonPath("$.dataQualityFlags").value(1));
        mvc.perform(get(FILES).with(fuzhou)).andExpect(jsonPath("$.items[*].uscc").value(hasItem(uscc)));
        // Hefei's regulators do not get the file, but see the flag about their region
        RequestPostProcessor hefei = Tokens.regulator("r-hf", "340100");
        mvc.perform(get(FILES + "/" + uscc).with(hefei)).andExpect(status().isNotFound());
        mvc.perform(get(FILES).with(Tokens.regulator("r-ah", "340000")))
                .andExpect(jsonPath("$.items[*].uscc").value(not(hasItem(uscc))));
        for (RequestPostProcessor either : List.of(fuzhou, hefei, Tokens.regulator("r-cn", "100000"))) {
            flagList(either, "uscc=" + uscc).andExpect(jsonPath("$.total").value(1))
                    .andExpect(jsonPath("$.items[0].flagId").value(flagId))
                    .andExpect(jsonPath("$.items[0].regionOfRecord").value(GULOU_FUZHOU))
                    .andExpect(jsonPath("$.items[0].claimedRegion").value(SHUSHAN_HEFEI))
                    .andExpect(jsonPath("$.items[0].sourceId").value(hijack));
            mvc.perform(get(FLAGS + "/" + flagId).with(either)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.flagId").value(flagId));
        }
        // nobody else sees it
        RequestPostProcessor shenzhen = Tokens.regulator("r-sz", "440300");
        flagList(shenzhen, "uscc=" + uscc).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get(FLAGS + "/" + flagId).with(shenzhen)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
    }

    @Test
    void later_samples_in_the_region_of_record_raise_no_flag_and_a_redelivered_first_event_moves_nothing() {
        String uscc = TestUsccs.valid(SIMING_XIAMEN);
        String eventId = UUID.randomUUID().toString();
        kit.awaitConsumed(failed("S-a-" + uscc, uscc, SIMING_XIAMEN, eventId),
                failed("S-a-" + uscc, uscc, SIMING_XIAMEN, eventId));
        kit.awaitConsumed(failed("S-b-" + uscc, uscc, SIMING_XIAMEN, UUID.randomUUID().toString()));

        assertThat(awaitPublished(uscc).region()).isEqualTo(SIMING_XIAMEN);
        assertThat(recordsOf(uscc)).hasSize(2);
        assertThat(flagsOf(uscc)).isEmpty();
    }

    @Test
    void a_first_event_naming_no_real_region_leaves_the_uscc_s_region_of_record_and_a_flag_for_it() throws Exception {
        String uscc = TestUsccs.valid(SIMING_XIAMEN);
        kit.awaitConsumed(failed("S-nowhere-" + uscc, uscc, "999999", UUID.randomUUID().toString()));

        assertThat(awaitPublished(uscc).region()).isEqualTo(SIMING_XIAMEN);
        assertThat(flagsOf(uscc)).singleElement().extracting(DataQualityFlag::claimedRegion).isEqualTo("999999");
        mvc.perform(get(FILES + "/" + uscc).with(Tokens.regulator("r-xm", "350200"))).andExpect(status().isOk());
        flagList(Tokens.regulator("r-xm", "350200"), "uscc=" + uscc).andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void an_enterprise_first_seen_without_a_region_takes_the_region_the_first_sample_names() {
        String uscc = TestUsccs.valid(GULOU_FUZHOU);
        String taskId = "RT-first-" + uscc;
        kit.awaitConsumed(kit.publish(EventCatalog.RECTIFICATION_TASK_OVERDUE, taskId,
                ContractFixtures.taskOverdue(taskId, uscc)));
        assertThat(awaitPublished(uscc).region()).as("the USCC's region until an event names one")
                .isEqualTo(GULOU_FUZHOU);

        kit.awaitConsumed(failed("S-named-" + uscc, uscc, SIMING_XIAMEN, UUID.randomUUID().toString()));
        kit.awaitConsumed(failed("S-later-" + uscc, uscc, GULOU_FUZHOU, UUID.randomUUID().toString()));

        assertThat(awaitPublished(uscc).region()).isEqualTo(SIMING_XIAMEN);
        assertThat(recordsOf(uscc)).hasSize(3);
        assertThat(flagsOf(uscc)).singleElement().satisfies(flag -> {
            assertThat(flag.regionOfRecord()).isEqualTo(SIMING_XIAMEN);
            assertThat(flag.claimedRegion()).isEqualTo(GULOU_FUZHOU);
        });
    }

    @Test
    void the_flag_list_is_paged_newest_first_and_narrowed_by_region() throws Exception {
        String uscc = TestUsccs.valid(GULOU_FUZHOU);
        kit.awaitConsumed(failed("S-home-" + uscc, uscc, GULOU_FUZHOU, UUID.randomUUID().toString()));
        for (int i = 0; i < 3; i++) {
            kit.clock().advance(java.time.Duration.ofSeconds(1));
            kit.awaitConsumed(failed("S-away-" + i + "-" + uscc, uscc, SHUSHAN_HEFEI, UUID.randomUUID().toString()));
        }
        RequestPostProcessor hefei = Tokens.regulator("r-hf", "340100");

        flagList(hefei, "uscc=" + uscc + "&size=2&page=0").andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].sourceId").value(contains("S-away-2-" + uscc, "S-away-1-" + uscc)));
        flagList(hefei, "uscc=" + uscc + "&size=2&page=1")
                .andExpect(jsonPath("$.items[*].sourceId").value(contains("S-away-0-" + uscc)));
        flagList(Tokens.regulator("r-cn", "100000"), "uscc=" + uscc + "&region=" + SHUSHAN_HEFEI)
                .andExpect(jsonPath("$.total").value(3));
        flagList(hefei, "uscc=" + uscc + "&region=" + GULOU_FUZHOU)
                .andExpect(jsonPath("$.total").value(0)).andExpect(jsonPath("$.items").value(empty()));
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource({"region, 999999", "region, 000000", "region, 3401", "uscc, not-a-uscc", "size, 0", "size, 101",
            "page, -1"})
    void bad_list_parameters_are_named(String parameter, String value) throws Exception {
        mvc.perform(get(FLAGS).param(parameter, value).with(Tokens.regulator("r-hf", "340100")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value(parameter));
    }

    @Test
    void only_regulators_read_flags() throws Exception {
        for (RequestPostProcessor other : List.of(Tokens.enterprise("e", TestUsccs.valid(GULOU_FUZHOU)),
                Tokens.inspector("i", "350100"), Tokens.lab("l"), Tokens.consumer("c"))) {
            mvc.perform(get(FLAGS).with(other)).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("forbidden"));
        }
        mvc.perform(get(FLAGS)).andExpect(status().isUnauthorized());
        mvc.perform(get(FLAGS + "/DQ-" + UUID.randomUUID()).with(Tokens.regulator("r-cn", "100000")))
                .andExpect(status().isNotFound());
        mvc.perform(get(FLAGS + "/nonsense").with(Tokens.regulator("r-cn", "100000")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("flagId"));
    }

    private RecordMetadata failed(String sampleId, String uscc, String region, String eventId) {
        SampleFinalized failed = ContractFixtures.finalFail(sampleId, new EnterpriseRef(uscc, "示例企业 " + uscc,
                region), false);
        return kit.send(TestEvents.record(EventCatalog.SAMPLE_FINALIZED, sampleId, failed, eventId));
    }

    private List<DataQualityFlag> flagsOf(String uscc) {
        return mongo.find(Query.query(Criteria.where("uscc").is(uscc)), DataQualityFlag.class);
    }

    private ResultActions flagList(RequestPostProcessor regulator, String query) throws Exception {
        return mvc.perform(get(FLAGS + "?" + query).with(regulator)).andExpect(status().isOk());
    }
}
