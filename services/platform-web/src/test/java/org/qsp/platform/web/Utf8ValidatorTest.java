package org.qsp.platform.web;

import java.util.HexFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8ValidatorTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            7b7d                 | true  | ASCII
            e9a39fe59381         | true  | 食品
            c2a0                 | true  | NBSP (two bytes, shortest form)
            f09f9880             | true  | an emoji (four bytes)
            f48fbfbf             | true  | U+10FFFF, the last code point
            c0af                 | false | overlong '/'
            c1bf                 | false | overlong (C1 lead)
            e080af               | false | overlong in three bytes
            f08080af             | false | overlong in four bytes
            eda080               | false | a UTF-16 surrogate
            f4908080             | false | above U+10FFFF
            f8888080             | false | a five-byte lead
            80                   | false | a lone continuation byte
            e9a3                 | false | cut short
            e9417e               | false | a continuation byte missing
            """)
    void accepts_only_strict_utf8(String hex, boolean valid, String what) {
        Utf8Validator utf8 = new Utf8Validator();
        boolean accepted = true;
        for (byte b : HexFormat.of().parseHex(hex)) {
            accepted &= utf8.accept(b & 0xff);
        }
        assertThat(accepted && utf8.complete()).as(what).isEqualTo(valid);
    }
}
