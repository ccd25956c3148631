package org.qsp.platform.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestSanityFilterTest {

    @ParameterizedTest(name = "[{0}] accepted: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            application/json                       | true
            application/json;charset=UTF-8         | true
            application/json; charset="utf-8"      | true
            application/problem+json               | true
            application/x-ndjson                   | true
            text/csv; charset=utf8                 | true
            multipart/form-data; boundary=x        | true
            image/jpeg                             | true
            */*                                    | false
            application/*                          | false
            application/json; charset=ISO-8859-1   | false
            application/json; charset=utf-16       | false
            json                                   | false
            """)
    void a_content_type_names_one_media_type_and_utf8_if_any_charset(String contentType, boolean accepted) {
        assertThat(RequestSanityFilter.mediaTypeProblem(contentType) == null).isEqualTo(accepted);
    }

    @org.junit.jupiter.api.Test
    void echoed_header_values_are_printable_ascii_and_short() {
        assertThat(RequestSanityFilter.printable("gz\u0001ip\u202e")).isEqualTo("gz?ip?");
        assertThat(RequestSanityFilter.printable("x".repeat(500))).hasSize(64);
    }
}
