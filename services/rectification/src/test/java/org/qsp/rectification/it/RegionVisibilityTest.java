package org.qsp.rectification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qsp.platform.region.Regions;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;

/**
 * The one region rule: a regulator sees the tasks of the enterprises its authority covers, the
 * national one (100000) all, a province its cities and counties, a city its counties, a county
 * itself; in the list and in a single read (anything else is 404).
 */
class RegionVisibilityTest extends RectificationIntegrationTest {

    /** One enterprise, and its task, per place: two counties of Hangzhou, one of Ningbo, Nanjing, Shenzhen. */
    private static final Map<String, String> TASKS_BY_REGION = Map.of(
            "330106", "RT-S-REGION-330106", "330110", "RT-S-REGION-330110", "330206", "RT-S-REGION-330206",
            "320106", "RT-S-REGION-320106", "440305", "RT-S-REGION-440305");

    @BeforeEach
    void oneTaskInEachPlace() {
        TASKS_BY_REGION.forEach((region, task) ->
                openTask(task.substring("RT-".length()), TestUsccs.valid(region), region));
    }

    @ParameterizedTest(name = "the regulator of {0} sees the tasks in {1}")
    @CsvSource({
            "100000, 330106 330110 330206 320106 440305",
            "330000, 330106 330110 330206",
            "320000, 320106",
            "440000, 440305",
            "330100, 330106 330110",
            "330106, 330106",
            "330200, 330206",
            "310000, ''"})
    void a_regulator_sees_the_tasks_of_exactly_the_places_its_authority_covers(String authority, String places)
            throws Exception {
        Set<String> visible = Arrays.stream(places.split(" ")).filter(p -> !p.isEmpty())
                .map(TASKS_BY_REGION::get).collect(Collectors.toSet());
        var regulator = Tokens.regulator("r", authority);

        String body = mvc.perform(get("/api/rectification/v1/tasks?size=100").with(regulator))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> listed = JsonPath.read(body, "$.items[*].taskId");
        List<String> regions = JsonPath.read(body, "$.items[*].enterprise.region");
        assertThat(listed).filteredOn(TASKS_BY_REGION::containsValue).containsExactlyInAnyOrderElementsOf(visible);
        assertThat(regions).allMatch(region -> Regions.covers(authority, region));

        for (String task : TASKS_BY_REGION.values()) {
            mvc.perform(get("/api/rectification/v1/tasks/" + task).with(regulator))
                    .andExpect(visible.contains(task) ? status().isOk() : status().isNotFound());
        }
    }
}
