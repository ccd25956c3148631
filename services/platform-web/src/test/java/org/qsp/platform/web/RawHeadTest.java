package org.qsp.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RawHeadTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Content-Length and chunked                | POST /x HTTP/1.1\\r\\nHost: a\\r\\nContent-Length: 5\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n | both Content-Length and Transfer-Encoding
            the other way round, in other cases       | POST /x HTTP/1.1\\r\\ntransfer-encoding: chunked\\r\\nHost: a\\r\\nCONTENT-LENGTH : 5\\r\\n\\r\\n | both Content-Length and Transfer-Encoding
            bare line feeds                           | POST /x HTTP/1.1\\nContent-Length: 2\\nTransfer-Encoding: chunked\\n\\n | both Content-Length and Transfer-Encoding
            """)
    void an_ambiguous_head_is_named(String what, String head, String problem) {
        assertThat(RawHead.problem(bytes(head), 0, bytes(head).length)).contains(problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Content-Length only                       | POST /x HTTP/1.1\\r\\nHost: a\\r\\nContent-Length: 5\\r\\n\\r\\n{}
            chunked only                              | POST /x HTTP/1.1\\r\\nHost: a\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n
            what follows the head is not looked at    | GET /x HTTP/1.1\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\nContent-Length: 5\\r\\n
            a space inside a value                    | GET /x HTTP/1.1\\r\\nX-A: b c\\r\\n\\r\\n
            """)
    void an_unambiguous_head_passes(String what, String head) {
        assertThat(RawHead.problem(bytes(head), 0, bytes(head).length)).isNull();
    }

    private static byte[] bytes(String escaped) {
        return escaped.replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t")
                .getBytes(StandardCharsets.ISO_8859_1);
    }
}
