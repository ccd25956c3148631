package org.qsp.platform.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UrlEscapesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/credit/v1/enterprises                 | true
            region=330100&size=20                      | true
            q=%E9%A3%9F%E5%93%81                       | true
            q=%F0%9F%98%80                             | true
            q=a%20b%2Bc                                | true
            %                                          | false
            q=%                                        | false
            q=%f                                       | false
            q=%zz                                      | false
            q=%ff                                      | false
            q=%c0%af                                   | false
            q=%e0%80%af                                | false
            q=%ed%a0%80                                | false
            q=%f4%90%80%80                             | false
            q=%e9%a3                                   | false
            q=%e9%a3x                                  | false
            q=%00                                      | false
            q=a%0ab                                    | false
            q=%7f                                      | false
            q=%c2%85                                   | false
            q=a%e2%80%aeb                              | false
            q=%E2%81%A6x                               | false
            q=%ef%bf%bf                                | false
            q=%E2%80%8B                                | true
            """)
    void a_raw_path_or_query_is_well_formed_only_with_strict_utf8_escapes_and_no_control_or_bidi_characters(String raw,
            boolean wellFormed) {
        assertThat(UrlEscapes.wellFormed(raw)).isEqualTo(wellFormed);
    }
}
