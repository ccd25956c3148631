package org.qsp.system.edge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The hostile values the fuzz suite puts into requests, by where they go. Every value here is one that QSP's edge
 * rules refuse (docs/adr/0015, README "What the edge refuses"), so that any answer but a 4xx problem is a defect.
 */
final class Hostile {

    private Hostile() {
    }

    /** Code points that no text field takes, inserted inside a value: C0 and C1 controls, DEL, bidi, non-characters. */
    static final List<String> TEXT_ESCAPES = List.of("\\u0000", "\\u0001", "\\u0007", "\\u0008", "\\u000b",
            "\\u000c", "\\r", "\\u001b", "\\u001f", "\\u007f", "\\u0080", "\\u0085", "\\u009b", "\\u009f",
            "\\u202a", "\\u202b", "\\u202c", "\\u202d", "\\u202e", "\\u2066", "\\u2067", "\\u2068", "\\u2069",
            "\\ud800", "\\udfff", "\\uffff", "\\ufffe");

    /** Text that is empty once trimmed: for a required field it is absent. */
    static final List<String> BLANK = List.of("\"\"", "\"   \"", "\"\\u00a0\\u00a0\"", "\"\\u3000\"",
            "\"\\u200b\"", "\"\\ufeff\"", "\"\\u2007\\u202f\"");

    /** What a text field never is. */
    static final List<String> NOT_TEXT = List.of("1", "12.5", "-0", "1e308", "true", "false", "[]", "{}");

    static final List<String> NOT_NUMBER = List.of("\"12.5\"", "\"1e3\"", "\"\"", "true", "[]", "{}", "[1]");

    /** Tokens that are not JSON at all, in a number's place. */
    static final List<String> NOT_JSON_NUMBERS = List.of("NaN", "Infinity", "-Infinity", "+1", "01", ".5", "1.",
            "0x10", "1e", "--1");

    static final List<String> NOT_INTEGER = List.of("1.5", "1e2", "2147483648", "-2147483649",
            "9223372036854775808", "1e308", "\"1\"", "true", "[]", "{}");

    static final List<String> NOT_BOOLEAN = List.of("\"true\"", "\"false\"", "1", "0", "\"yes\"", "\"\"", "[]", "{}",
            "[true]");

    /** For an instant: coercible strings and numbers, years out of range, no offset, not a date at all. */
    static final List<String> NOT_INSTANT = List.of("1700000000", "1700000000000", "1e308", "12.5", "-1", "true",
            "[]", "{}", "[2026,3,2]", "\"1700000000\"", "\"12.5\"", "\"2026-03-02T09:30:00\"", "\"2026-03-02\"",
            "\"2026-13-01T00:00:00Z\"", "\"2026-02-30T00:00:00Z\"", "\"2026-03-02T25:00:00Z\"",
            "\"0001-01-01T00:00:00Z\"", "\"-299999999-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"",
            "\"+10000-01-01T00:00:00Z\"", "\"1899-12-31T23:59:59Z\"", "\"3000-01-01T00:00:00Z\"", "\"now\"",
            "\"2026-03-02T09:30:00Z\\u0000\"", "\"2026-03-02 09:30:00Z\"", "\"2026-03-02T09:30:00+25:00\"");

    static final List<String> NOT_DATE = List.of("20260302", "1700000000", "true", "[]", "{}", "\"2026-13-01\"",
            "\"2026-02-30\"", "\"0001-01-01\"", "\"-299999999-01-01\"", "\"9999-12-31\"", "\"1899-12-31\"",
            "\"3000-01-01\"", "\"2026/03/02\"", "\"2026-03-02T00:00:00Z\"", "\"yesterday\"");

    static List<String> notEnum(String value) {
        return List.of("\"" + value.toLowerCase(java.util.Locale.ROOT) + "\"", "\"" + value + "X\"",
                "\"FUZZ_VALUE\"", "\"\"", "\" \"", "\"" + value + "\\u0000\"", "\"" + value + " \"", "0", "1", "true",
                "[\"" + value + "\"]", "{}");
    }

    static final List<String> NOT_OBJECT = List.of("\"x\"", "1", "true", "[]", "[{}]");

    static final List<String> NOT_ARRAY = List.of("\"x\"", "1", "true", "{}");

    /** Values of the formats the services validate, by the field's name. */
    static final Map<String, List<String>> BY_NAME = Map.of(
            "webhookUrl", webhookTargets(),
            "uscc", List.of("\"91330100MA27XY012C\"", "\"9133010MA27XY012B\"", "\"91330100MA27XY012B0\"",
                    "\"91330100MA27XY01IB\"", "\"000000000000000000\"", "\"91330100MA27XY012Ｂ\"",
                    "\"91330100 MA27XY012\"", "\"ZZ330100MA27XY012B\""),
            "region", List.of("\"000000\"", "\"999999\"", "\"12345\"", "\"3301060\"", "\"33O106\"", "\"-33010\"",
                    "\"330106\\u0000\"", "\"３３０１０６\""));

    /**
     * Webhook URLs that no subscription takes, even where loopback receivers are allowed (the local demo, the tests):
     * private, link-local, shared, unique-local, multicast and unspecified addresses in each URL form, schemes other
     * than http(s), user info, fragments, ports no connection can use, and URLs that are not absolute or not URLs.
     * Every host is an address literal, so that no check waits for a name server.
     */
    static List<String> webhookTargets() {
        List<String> urls = new ArrayList<>();
        for (String host : List.of("10.0.0.1", "10.255.255.254", "172.16.0.1", "172.31.255.254", "192.168.0.1",
                "192.168.255.254", "100.64.0.1", "100.127.255.254", "169.254.0.1", "169.254.169.254", "0.0.0.0",
                "0.1.2.3", "224.0.0.1", "239.255.255.250", "[::]", "[fe80::1]", "[fc00::1]", "[fd00:ec2::254]",
                "[::ffff:10.0.0.1]", "[::ffff:169.254.169.254]", "[::ffff:192.168.1.1]", "[ff02::1]")) {
            for (String form : List.of("http://%s/hook", "https://%s/hook", "HTTP://%s/hook", "http://%s:8080/hook",
                    "https://%s/latest/meta-data?x=1")) {
                urls.add("\"" + form.formatted(host) + "\"");
            }
        }
        for (String url : List.of("ftp://127.0.0.1/hook", "file:///etc/passwd", "gopher://127.0.0.1:70/",
                "ldap://127.0.0.1/", "dict://127.0.0.1:11211/", "jar:http://127.0.0.1/x!/", "javascript:alert(1)",
                "data:text/plain,x", "mailto:a@example.org", "//127.0.0.1/hook", "hook", "/hook", "http:/hook",
                "http:///hook", "http://", "http://:80/hook", "http://user:secret@127.0.0.1/hook",
                "http://user@127.0.0.1/hook", "http://127.0.0.1/hook#x", "http://127.0.0.1/hook#",
                "http://[127.0.0.1]/hook", "http://[::1/hook", "http://127.0.0.1:abc/hook", "http://a b/hook",
                "http://127.0.0.1/ho ok", "http://127.0.0.1/%zz", "http://127.0.0.1@10.0.0.1/hook",
                "http://127.0.0.1:0/hook", "http://127.0.0.1:65536/hook", "http://127.0.0.1:99999/hook")) {
            urls.add("\"" + url + "\"");
        }
        return urls;
    }

    /** A path segment's value that no id has: malformed escapes, controls, traversal, characters ids never hold. */
    static List<String> pathSegments() {
        List<String> values = new ArrayList<>(List.of("%", "%2", "%zz", "%g0", "%ff", "%c0%af", "%c0%80",
                "%ed%a0%80", "%e4%bd", "%f8%88%80%80%80", "%f4%90%80%80", "%c2%80", "%c2%85", "%c2%9b", "%e2%80%ae",
                "%e2%81%a6", "..", "%2e%2e", "%2E%2E", ".%2e", "..%2f", "%2e%2e%2f", "..;", "%2f", "%5c", "..%5c",
                "%252e%252e", "%252f", ";jsessionid=x", "%3b", "x;y=z", "%20", "%09", "%c2%a0", "%ef%bf%bf",
                "%e4%bd%a0%e5%a5%bd", "%3Cscript%3E", "%27%20OR%20%271%27%3D%271", "%24%7Bjndi%3Aldap%3A%2F%2Fx%7D",
                "a b", "a\tb", "a\"b", "a<b", "a>b", "a\\b", "a^b", "a`b", "a{b", "a|b", "a}b", "\u00e4",
                "x".repeat(9000)));
        for (int c = 0; c < 0x20; c++) {
            values.add(String.format("%%%02x", c));
        }
        values.add("%7f");
        return values;
    }

    /**
     * A number-typed path segment's value that is not one. None decodes to a small number (a replay of a dead letter
     * that some test left there would succeed): full-width digits, which the path's number parsing reads as digits,
     * come ten at a time.
     */
    static final List<String> INTEGER_SEGMENTS = List.of("abc", "1.5", "1e3", "0x10", "2147483648",
            "99999999999999999999", "-", "%ef%bc%91".repeat(10), "1_000", "%", "%ff", "1%00", "1;x", "..", "NaN",
            "Infinity",
            "1 2", "%2d1%2e5");

    /** Queries that are not well-formed (appended to the operation's own). */
    static List<String> queries() {
        List<String> values = new ArrayList<>(List.of("%", "%%", "%zz", "%ff", "%c0%af", "%ed%a0%80",
                "%f4%90%80%80", "=", "=x", "&=", "a=1&&=2", "a=%", "a=%zz", "a=%c0%af", "a=%e2%80%ae", "a=%c2%85",
                "%00=a", "a b=c", "a=\u00e4", "a=\"", "a=<", "a=" + "x".repeat(9000), "%e4%bd=1", "a=%e4%bd"));
        for (int c = 0; c < 0x20; c++) {
            values.add(String.format("a=%%%02x", c));
        }
        values.add("a=%7f");
        return values;
    }

    /** Content types a body is never read as. */
    static final List<String> CONTENT_TYPES = List.of("text/plain", "text/html", "application/xml", "text/xml",
            "application/yaml", "application/x-yaml", "text/yaml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/cbor", "application/x-jackson-smile",
            "application/octet-stream", "application/*", "*/*", "*", "application/json; charset=ISO-8859-1",
            "application/json; charset=UTF-16", "application/json; charset=utf-32", "application/json; charset=\"\"",
            "application/json; charset=", "application/json;;", "application/json; =x", "json", "application/",
            "/json", "application/json, text/plain", "application/json; charset=x-fuzz");

    static final List<String> CONTENT_ENCODINGS = List.of("gzip", "deflate", "br", "compress", "zstd",
            "gzip, identity", "identity, gzip", "x-fuzz", "GZIP", "gzip;q=1");

    /** Accept headers that no QSP answer satisfies, or that are not media-type lists. */
    static final List<String> ACCEPTS = List.of("text/html", "application/xml", "text/plain", "image/png",
            "application/yaml", "text/event-stream", "application/pdf", "text/html, application/xhtml+xml",
            "application/json;q=0", "*/*;q=0", ";;;", "application/json;q=abc", "application", "/json", "json",
            "application/json;q=2");

    /** Documents that are not JSON, or not one JSON value. */
    static final List<String> NOT_JSON = List.of("{", "}", "[", "{\"a\":}", "{\"a\" 1}", "{\"a\":1,}", "{,}", "nul",
            "tru", "{'a':1}", "{a:1}", "/*x*/{}", "// x\n{}", "{\"a\":NaN}", "{\"a\":01}", "{\"a\":.5}",
            "{\"a\":\"\\x41\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"b}", "{\"a\":\"tab\there\"}", "{\"a\":1}}",
            "{} {}", "{}x", "[]]", "\u0000{}", "{\"\\u0000\":1}", "{\"a\":1e99999}");

    /** JSON values that are not a request object. */
    static final List<String> NOT_OBJECT_BODIES = List.of("null", "[]", "[{}]", "\"x\"", "1", "true", "\"{}\"");
}
