package org.qsp.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictJsonTest {

    enum Kind { COMPLAINT, REPORT }

    record Request(@MultilineText String note, String name, int count, Integer size, double amount, boolean urgent, Kind kind, Instant at,
            LocalDate day, List<String> tags) {
    }

    private static final JsonMapper STRICT = StrictJson.of(JsonMapper.builder().build());
    private static final String VALID = """
            {"note":"x","name":"速冻水饺","count":2,"size":3,"amount":1.5,"urgent":true,"kind":"REPORT",
             "at":"2026-03-02T09:30:00+08:00","day":"2026-03-02","tags":["a"]}""";

    @Test
    void a_strictly_valid_body_reads_as_written() {
        Request request = STRICT.readValue(VALID, Request.class);

        assertThat(request.name()).isEqualTo("速冻水饺");
        assertThat(request.at()).isEqualTo(Instant.parse("2026-03-02T01:30:00Z"));
        assertThat(request.day()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(request.kind()).isEqualTo(Kind.REPORT);
    }

    @ParameterizedTest(name = "{0}: {1} → refused")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            name     | 12                                 | a number is not a string
            name     | true                               | a boolean is not a string
            name     | `"a\\u0000b"`                      | NUL
            name     | `"a\\u001bb"`                      | ESC
            name     | `"a\\u202eb"`                      | a bidi override
            name     | `"a\\tb"`                         | a tab in a one-line field
            name     | `"a\\nb"`                         | a line feed in a one-line field
            name     | `"a\\rb"`                         | a carriage return in a one-line field
            note     | `"a\\u0000b"`                     | NUL in a multi-line field
            note     | `"a\\rb"`                         | a lone carriage return in a multi-line field
            name     | `"a\\u2066b"`                      | a bidi isolate
            name     | `"a\\u0085b"`                      | a C1 control
            count    | `"12"`                             | a string is not a number
            count    | 1.5                                | a fraction is not an integer
            count    | null                               | null is not a primitive
            size     | `"3"`                              | a string is not a number (boxed)
            amount   | `"1.5"`                            | a string is not a number (floating)
            urgent   | 1                                  | a number is not a boolean
            urgent   | `"true"`                           | a string is not a boolean
            kind     | 1                                  | a number is not an enum
            kind     | `"UNKNOWN"`                        | not one of the enum
            kind     | `"REPORT\\u0000"`                  | an enum value with a NUL after it (Jackson trims it)
            kind     | `"REPORT "`                        | an enum value with a space after it
            kind     | `" REPORT"`                        | an enum value with a space before it
            at       | 1772443800                         | an epoch number is not an instant
            at       | 1e308                              | a huge number is not an instant
            at       | `"12.5"`                           | a decimal string is not an instant
            at       | `"2026-03-02T09:30:00"`            | an instant needs an offset
            at       | `"-299999999-01-01T00:00:00Z"`     | far outside the years allowed
            at       | `"0001-01-01T00:00:00Z"`           | year 1
            at       | `"3000-01-01T00:00:00Z"`           | year 3000
            day      | `"2026-02-30"`                     | no such day
            day      | 20260302                           | a number is not a date
            day      | `"1899-12-31"`                     | before 1900
            tags     | `"a"`                              | a single value is not a list
            tags     | `["a", "  "]`                      | an all-space entry of a list
            """)
    void a_value_of_another_json_type_or_outside_its_range_is_refused(String field, String value, String why) {
        String body = VALID.replaceFirst("\"" + field + "\":(\"[^\"]*\"|\\[[^]]*]|[^,}]+)",
                java.util.regex.Matcher.quoteReplacement("\"" + field + "\":" + value));

        assertThatThrownBy(() -> STRICT.readValue(body, Request.class)).as(why).isInstanceOf(JacksonException.class);
    }

    @Test
    void an_unknown_property_a_duplicate_key_and_trailing_tokens_are_refused() {
        assertThatThrownBy(() -> STRICT.readValue(VALID.replace("}", ",\"extra\":1}"), Request.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
        assertThatThrownBy(() -> STRICT.readValue(VALID.replace("}", ",\"name\":\"x\"}"), Request.class))
                .isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> STRICT.readValue(VALID + "{}", Request.class)).isInstanceOf(JacksonException.class);
    }

    @Test
    void text_is_trimmed_of_every_kind_of_space_and_all_space_text_reads_as_absent() {
        Request spaced = STRICT.readValue(VALID.replace("\"速冻水饺\"", "\"\\u00a0\\u3000 速冻水饺\\t\\u2007\""),
                Request.class);
        Request blank = STRICT.readValue(VALID.replace("\"速冻水饺\"", "\"\\u00a0\\u00a0\\u202f\""), Request.class);

        assertThat(spaced.name()).isEqualTo("速冻水饺");
        assertThat(blank.name()).isNull();
    }

    @Test
    void line_breaks_and_tabs_stay_in_a_multiline_field_with_crlf_as_lf() {
        Request request = STRICT.readValue(VALID.replace("\"note\":\"x\"", "\"note\":\"第一行\\r\\n第二行\\t完\""),
                Request.class);

        assertThat(request.note()).isEqualTo("第一行\n第二行\t完");
    }
}
