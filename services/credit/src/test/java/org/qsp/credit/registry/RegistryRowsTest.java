package org.qsp.credit.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qsp.platform.imports.ImportFormat;
import org.qsp.platform.imports.RowReader.Row;
import org.qsp.platform.test.TestUsccs;

/** The rows of a registry import, as tables: what each line becomes, or which field and code refuse it. */
class RegistryRowsTest {

    static final String VALID = TestUsccs.valid("330106");
    static final String EARLY = TestUsccs.failingCheck("330106");

    /** A regulator of Zhejiang (330000) imports. */
    private static RegistryRows rows(ImportFormat format) {
        return new RegistryRows(format, region -> region.startsWith("33"));
    }

    private static String line(String template) {
        return template.replace("VALID", VALID).replace("EARLY", EARLY).replace("`", "\"");
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            {`uscc`:`VALID`,`name`:`甲`,`region`:`330106`}                                          | ok
            {`uscc`:`VALID`,`name`:`甲`,`region`:`330106`,`categories`:[`food`,`toys`],`status`:`SUSPENDED`} | ok
            {`uscc`:`VALID`,`name`:`甲`,`region`:`330106`,`licences`:[{`type`:`SC`,`number`:`SC1`,`validUntil`:`2030-01-31`}]} | ok
            {`uscc`:`EARLY`,`name`:`甲`,`region`:`330106`,`checkOverride`:true}                     | ok
            {`uscc`:`EARLY`,`name`:`甲`,`region`:`330106`}                                          | uscc:uscc-check-failed
            {`uscc`:`EARLY`,`name`:`甲`,`region`:`330106`,`checkOverride`:false}                    | uscc:uscc-check-failed
            {`uscc`:`91330106ABC`,`name`:`甲`,`region`:`330106`,`checkOverride`:true}               | uscc:invalid-uscc
            {`name`:`甲`,`region`:`330106`}                                                         | uscc:missing
            {`uscc`:`VALID`,`region`:`330106`}                                                      | name:missing
            {`uscc`:`VALID`,`name`:``,`region`:`330106`}                                            | name:missing
            {`uscc`:`VALID`,`name`:`甲\\u0007`,`region`:`330106`}                                   | name:invalid-name
            {`uscc`:`VALID`,`name`:`!!!`,`region`:`330106`}                                         | name:invalid-name
            {`uscc`:`VALID`,`name`:`甲`}                                                            | region:missing
            {`uscc`:`VALID`,`name`:`甲`,`region`:`339999`}                                          | region:unknown-region
            {`uscc`:`VALID`,`name`:`甲`,`region`:`100000`}                                          | region:unknown-region
            {`uscc`:`VALID`,`name`:`甲`,`region`:`320102`}                                          | region:region-not-supervised
            {`uscc`:`VALID`,`name`:`甲`,`region`:`330106`,`categories`:[`Food`]}                    | categories:invalid-category
            {`uscc`:`VALID`,`name`:`甲`,`region`:`330106`,`categories`:`food`}                      | categories:malformed-row
            {`uscc`:`VALID`,`name`:`甲`,`region`:`330106`,`status`:`OPEN`}                          | status:invalid-status
            {`uscc`:`VALID`,`name`:`甲`,`region`:`330106`,`licences`:[{`type`:`SC`}]}               | licences:invalid-licence
            {`uscc`:`VALID`,`name`:`甲`,`region`:`330106`,`licences`:[{`type`:`SC`,`number`:`!!!`}]} | licences:invalid-licence
            {`uscc`:`VALID`,`name`:`甲`,`region`:`330106`,`licences`:[{`type`:`SC`,`number`:`1`,`validUntil`:`31.01.2030`}]} | licences:invalid-licence
            {`uscc`:`VALID`,`name`:`甲`,`region`:`330106`,`checkOverride`:`yes`}                    | checkOverride:malformed-row
            {`uscc`:`VALID`,`name`:`甲`,`region`:`330106`,`colour`:`red`}                           | colour:unknown-field
            {`uscc`:12,`name`:`甲`,`region`:`330106`}                                               | uscc:malformed-row
            {`uscc`:`VALID`                                                                         | :malformed-row
            [`VALID`]                                                                               | :malformed-row
            """)
    void an_ndjson_line_is_a_row_or_refused_by_field_and_code(String text, String expected) {
        Row<RegistryRows.RegistryRow> row = rows(ImportFormat.NDJSON).read(7, line(text));
        assertThat(outcome(row)).isEqualTo(expected);
        row.errors().forEach(e -> assertThat(e.row()).isEqualTo(7));
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            VALID,甲,330106,food;toys,ACTIVE,SC:SC123:2030-01-31;JY:JY9,                | ok
            VALID,"甲, 乙 \"\"公司\"\"\",330106,,,,                                        | ok
            EARLY,甲,330106,,,,true                                                      | ok
            EARLY,甲,330106,,,,                                                          | uscc:uscc-check-failed
            EARLY,甲,330106,,,,maybe                                                     | checkOverride:malformed-row
            VALID,甲,330106,food,CLOSED,SC,                                              | licences:invalid-licence
            VALID,甲,330106,food,,,,extra                                                | :malformed-row
            VALID,"甲,330106,,,,                                                         | :malformed-row
            ,甲,330106,,,,                                                               | uscc:missing
            """)
    void a_csv_line_is_a_row_or_refused_by_field_and_code(String text, String expected) {
        RegistryRows rows = rows(ImportFormat.CSV);
        assertThat(rows.read(1, "uscc,name,region,categories,status,licences,checkOverride")).isNull();
        assertThat(outcome(rows.read(2, line(text)))).isEqualTo(expected);
    }

    @Test
    void a_csv_row_keeps_quoted_commas_and_quotes_the_licences_and_the_override_and_the_header_may_be_reordered() {
        RegistryRows rows = rows(ImportFormat.CSV);
        assertThat(rows.read(1, "\uFEFFstatus, region,name,uscc,licences,categories,checkOverride")).isNull();
        var row = rows.read(2, "SUSPENDED,330106,\"甲, \"\"乙\"\"\"," + EARLY + ",SC:SC1:2030-01-31;JY:J2,toys;food,true")
                .value();
        assertThat(row.uscc()).isEqualTo(EARLY);
        assertThat(row.data()).isEqualTo(new RegistryData("甲, \"乙\"", "330106",
                List.of(new Licence("SC", "SC1", LocalDate.of(2030, 1, 31)), new Licence("JY", "J2", null)),
                List.of("food", "toys"), RegistryStatus.SUSPENDED, true));
        assertThat(rows.read(3, "  ")).as("a blank line holds no row").isNull();
    }

    @Test
    void a_valid_code_with_the_override_is_not_marked_overridden_and_status_defaults_to_active() {
        var row = rows(ImportFormat.NDJSON).read(1, line("{`uscc`:`VALID`,`name`:`甲`,`region`:`330106`,`checkOverride`:true}")).value();
        assertThat(row.data().checkOverridden()).isFalse();
        assertThat(row.data().status()).isEqualTo(RegistryStatus.ACTIVE);
        assertThat(row.data().categories()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            uscc,name,region,categories,status,licences
            uscc,name,region,categories,status,licences,checkOverride,extra
            uscc,name,region,categories,status,licences,licences
            "uscc,name,region,categories,status,licences,checkOverride
            """)
    void a_csv_body_whose_first_line_is_not_the_header_fails_the_job(String header) {
        assertThatThrownBy(() -> rows(ImportFormat.CSV).read(1, header)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("header");
    }

    private static String outcome(Row<RegistryRows.RegistryRow> row) {
        if (row.value() != null) {
            return "ok";
        }
        var first = row.errors().get(0);
        return first.field() + ":" + first.code();
    }
}
