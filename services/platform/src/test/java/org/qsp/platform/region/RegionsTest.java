package org.qsp.platform.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionsTest {

    @ParameterizedTest
    @CsvSource({
            "330000, 330100, true",
            "330000, 330106, true",
            "330100, 330106, true",
            "330100, 330100, true",
            "330100, 330200, false",
            "330106, 330100, false",
            "330000, 320100, false",
            "100000, 330106, true",
            "100000, 110101, true",
            "bad, 330100, false"})
    void a_province_covers_its_cities_and_a_city_its_counties(String authority, String region, boolean covers) {
        assertThat(Regions.covers(authority, region)).isEqualTo(covers);
    }
}
