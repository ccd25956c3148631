package org.qsp.inspection.sample;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.inspection.InspectionIntegrationTest;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;

/**
 * The one region rule, in the list and in the single read: the national regulator (100000) sees
 * every region, a provincial one its cities and counties, a city one its counties, a county one
 * itself; a sample outside is 404 (not 403), as if it did not exist. Each place's sample has its
 * own enterprise, so a list filtered by it answers exactly; only this class samples in Jiangsu (32).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleRegionTest extends InspectionIntegrationTest {

    private static final List<String> PLACES = List.of("330106", "330102", "330203", "320102", "320205", "440305");
    private final Map<String, String> usccs = new HashMap<>();
    private final Map<String, String> ids = new HashMap<>();

    @BeforeAll
    void oneSampleInEachPlace() throws Exception {
        for (String place : PLACES) {
            String uscc = TestUsccs.valid(place);
            usccs.put(place, uscc);
            ids.put(place, sampled(form(uscc, place, "insp-a", "insp-b")));
        }
    }

    @ParameterizedTest(name = "a regulator of {0} sees the sample of an enterprise in {1}: {2}")
    @CsvSource({
            "100000, 330106, true", "100000, 320102, true", "100000, 440305, true",
            "330000, 330106, true", "330000, 330203, true", "330000, 320102, false", "330000, 440305, false",
            "330100, 330106, true", "330100, 330102, true", "330100, 330203, false", "330100, 320102, false",
            "330106, 330106, true", "330106, 330102, false", "330106, 440305, false"})
    void a_regulator_sees_the_samples_of_the_regions_they_supervise_and_no_other(String authority, String place,
            boolean sees) throws Exception {
        RequestPostProcessor regulator = Tokens.regulator("reg-" + authority, authority);
        String id = ids.get(place);

        ResultActions listed = list(regulator, "uscc=" + usccs.get(place));
        ResultActions read = getSample(id, regulator);

        if (sees) {
            listed.andExpect(jsonPath("$.total").value(1))
                    .andExpect(jsonPath("$.items[*].sampleId").value(contains(id)));
            read.andExpect(status().isOk()).andExpect(jsonPath("$.sampleId").value(id));
        } else {
            listed.andExpect(jsonPath("$.total").value(0)).andExpect(jsonPath("$.items").value(empty()));
            read.andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("not-found"));
        }
    }

    @Test
    void a_provincial_list_spans_its_cities_a_city_list_its_counties_and_a_county_list_itself() throws Exception {
        list(Tokens.regulator("reg-js", "320000"), "")
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].sampleId").value(containsInAnyOrder(ids.get("320102"),
                        ids.get("320205"))));
        list(Tokens.regulator("reg-nj", "320100"), "")
                .andExpect(jsonPath("$.items[*].sampleId").value(contains(ids.get("320102"))));
        list(Tokens.regulator("reg-xs", "320205"), "")
                .andExpect(jsonPath("$.items[*].sampleId").value(contains(ids.get("320205"))));
    }
}
