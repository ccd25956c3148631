package org.qsp.system.edge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

import tools.jackson.databind.JsonNode;

/**
 * The malformed requests of one operation, generated from its OpenAPI description and a valid base request: each
 * breaks the base in one place (a field of the body by its schema, a path or query parameter, a header, the framing,
 * the encoding) with the values of {@link Hostile}, and a few break it in two (a bad path segment with a bad query).
 */
public final class Malformations {

    /** A body over the 64 KiB that every route takes by default. */
    static final int OVERSIZED = 64 * 1024 + 1;
    /** The limit of an attachment's body (a sample photo: inspection's {@code qsp.attachments.max-bytes}). */
    static final int ATTACHMENT_LIMIT = 5 * 1024 * 1024;

    private final ApiOperation operation;
    private final BaseRequest base;
    private final String token;
    private final List<Malformed> out = new ArrayList<>();
    private final List<String> uncovered = new ArrayList<>();

    private Malformations(ApiOperation operation, BaseRequest base, String token) {
        this.operation = operation;
        this.base = base;
        this.token = token;
    }

    /**
     * Every malformed request of the operation, sent as the base's user ({@code token}). Throws when the base's body
     * lacks a property of the schema that it does not declare {@linkplain BaseRequest#absent absent}: every field is
     * to be fuzzed.
     */
    public static List<Malformed> of(ApiOperation operation, BaseRequest base, String token) {
        Malformations m = new Malformations(operation, base, token);
        m.generate();
        if (!m.uncovered.isEmpty()) {
            throw new IllegalStateException(operation + ": the base request has no value for " + m.uncovered
                    + "; give one (or declare it absent with the reason) so that it is fuzzed too");
        }
        return List.copyOf(m.out);
    }

    /** The base request as it is, for checking that it is accepted. */
    public static RawRequest valid(ApiOperation operation, BaseRequest base, String token) {
        Malformations m = new Malformations(operation, base, token);
        return m.request(m.target(Map.of(), ""), m.body());
    }

    private void generate() {
        if (base.binary() != null && isRows(base.binary().contentType())) {
            rows();
        } else if (base.binary() != null) {
            images();
        } else if (operation.body() != null) {
            bodyDocuments();
            fields(operation.body(), base.body(), new ArrayList<>(), true);
            domain();
            encodings();
            sizes();
        } else {
            unexpectedBodies();
        }
        pathParameters();
        trailingSegments();
        queries();
        headerParameters();
        contentTypes();
        contentEncodings();
        accepts();
        authorizations();
        framing();
        requestLines();
    }

    // ---- building requests from the base

    private String body() {
        return base.body() == null ? null : JsonText.render(base.body());
    }

    /** The request target with some path values replaced (raw) and a raw query appended. */
    private String target(Map<String, String> pathOverrides, String extraQuery) {
        String path = operation.path();
        for (Map.Entry<String, String> value : base.path().entrySet()) {
            String raw = pathOverrides.containsKey(value.getKey()) ? pathOverrides.get(value.getKey())
                    : BaseRequest.fresh(value.getValue());
            path = path.replace("{" + value.getKey() + "}", raw);
        }
        StringBuilder query = new StringBuilder();
        base.query().forEach((k, v) -> query.append(query.isEmpty() ? "" : "&").append(k).append('=').append(v));
        if (!extraQuery.isEmpty()) {
            query.append(query.isEmpty() ? "" : "&").append(extraQuery);
        }
        return query.isEmpty() ? path : path + "?" + query;
    }

    private RawRequest request(String target, String json) {
        RawRequest request = RawRequest.of(operation.method(), target)
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        for (Map.Entry<String, String> header : base.headers().entrySet()) {
            request = request.header(header.getKey(), BaseRequest.fresh(header.getValue()));
        }
        if (json != null) {
            request = request.header("Content-Type", "application/json").body(json);
        } else if (base.binary() != null) {
            request = request.header("Content-Type", base.binary().contentType()).body(base.binary().bytes());
        }
        return request;
    }

    /** The base's body as bytes: its image, its JSON, or {@code {}} for an operation that takes none. */
    private byte[] baseBytes() {
        return base.binary() != null ? base.binary().bytes()
                : (operation.body() == null ? "{}" : body()).getBytes(StandardCharsets.UTF_8);
    }

    private RawRequest plain() {
        return request(target(Map.of(), ""), body());
    }

    private void add(String family, String name, RawRequest request) {
        out.add(new Malformed(operation, family, name, CLOSING.contains(family)
                ? request.header("Connection", "close") : request));
    }

    /**
     * Families whose requests may leave bytes on the connection that the server reads as another request (bad
     * framing, a declared length that is not sent): they ask the server to close it after answering.
     */
    private static final Set<String> CLOSING = Set.of("framing", "request-line", "headers", "size");

    private void addBody(String family, String name, String json) {
        add(family, name, request(target(Map.of(), ""), json));
    }

    private void addBytes(String family, String name, byte[] bytes) {
        add(family, name, request(target(Map.of(), ""), "").body(bytes));
    }

    // ---- the body as a whole

    private void bodyDocuments() {
        Hostile.NOT_JSON.forEach(doc -> addBody("json-syntax", printable(doc), doc));
        Hostile.NOT_OBJECT_BODIES.forEach(doc -> addBody("json-shape", doc, doc));
        addBody("json-shape", "the body in an array", "[" + body() + "]");
        addBody("json-shape", "no body", "");
        String json = body();
        addBody("json-syntax", "cut in half", json.substring(0, json.length() / 2));
        addBody("trailing-tokens", "another object", json + " {}");
        addBody("trailing-tokens", "a word", json + " x");
        addBody("trailing-tokens", "a bracket", json + "]");
        addBody("trailing-tokens", "a brace", json + "}");
        addBody("trailing-tokens", "a comment", json + " /* */");
        addBody("trailing-tokens", "a comma", json + ",");
        addBody("deep-nesting", "10000 arrays", "[".repeat(10_000) + "]".repeat(10_000));
        addBody("deep-nesting", "2000 objects", "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000));
    }

    /** The schema's properties, with the base's values: each field gets the hostile values of its type. */
    private void fields(JsonNode schema, JsonNode value, List<Object> path, boolean required) {
        if (!path.isEmpty() && required) {
            replace(path, "field", "null");
            remove(path);
        }
        JsonNode properties = schema.path("properties");
        String type = schema.path("type").asString(properties.isEmpty() ? "" : "object");
        if (!properties.isEmpty()) {
            if (!path.isEmpty()) {
                Hostile.NOT_OBJECT.forEach(raw -> replace(path, "field", raw));
                if (!schema.path("required").isEmpty()) {
                    replace(path, "field", "{}");
                }
            }
            add("unknown-property", JsonText.name(path) + " has fuzzUnknown",
                    request(target(Map.of(), ""), JsonText.render(base.body(), path,
                            new JsonText.Add("fuzzUnknown", "1"))));
            Set<String> requiredNames = names(schema.path("required"));
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                List<Object> at = with(path, property.getKey());
                JsonNode child = value.get(property.getKey());
                if (child == null || child.isNull()) {
                    if (!base.absent().containsKey(JsonText.name(at))) {
                        uncovered.add(JsonText.name(at));
                    }
                    continue;
                }
                duplicate(at);
                fields(property.getValue(), child, at, requiredNames.contains(property.getKey()));
            }
            return;
        }
        switch (type) {
            case "array" -> array(schema, value, path);
            case "object" -> map(value, path);
            case "integer" -> Hostile.NOT_INTEGER.forEach(raw -> replace(path, "field", raw));
            case "number" -> number(schema, path);
            case "boolean" -> Hostile.NOT_BOOLEAN.forEach(raw -> replace(path, "field", raw));
            default -> text(schema, value, path, required);
        }
    }

    private void array(JsonNode schema, JsonNode value, List<Object> path) {
        Hostile.NOT_ARRAY.forEach(raw -> replace(path, "field", raw));
        if (value.isEmpty()) {
            return;
        }
        String first = JsonText.render(value.get(0));
        int max = schema.path("maxItems").asInt(-1);
        if (max >= 0) {
            replace(path, "field", "[" + String.join(",", java.util.Collections.nCopies(max + 1, first)) + "]");
        }
        int min = schema.path("minItems").asInt(0);
        if (min > 0) {
            replace(path, "field", "[" + String.join(",", java.util.Collections.nCopies(min - 1, first)) + "]");
        }
        replace(with(path, 0), "field", "null");
        fields(schema.path("items"), value.get(0), with(path, 0), false);
    }

    /** A free-form object (additionalProperties): its entries are text, and it takes no other keys. */
    private void map(JsonNode value, List<Object> path) {
        Hostile.NOT_OBJECT.forEach(raw -> replace(path, "field", raw));
        for (String key : List.of("fuzz_unknown", "\u0000", "a\u202eb", "")) {
            add("field", JsonText.name(path) + " has key " + printable(key), request(target(Map.of(), ""),
                    JsonText.render(base.body(), path, new JsonText.Add(key, "\"x\""))));
        }
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            if (entry.getValue().isString()) {
                List<Object> at = with(path, entry.getKey());
                Hostile.NOT_TEXT.forEach(raw -> replace(at, "field", raw));
                replace(at, "field", "{\"a\":\"b\"}");
                controls(at, entry.getValue().asString());
            }
        }
    }

    private void number(JsonNode schema, List<Object> path) {
        Hostile.NOT_NUMBER.forEach(raw -> replace(path, "field", raw));
        Hostile.NOT_JSON_NUMBERS.forEach(raw -> replace(path, "field", raw));
        if (schema.has("maximum")) {
            double max = schema.path("maximum").asDouble();
            replace(path, "field", String.valueOf(max + 1));
            replace(path, "field", "1e308");
            replace(path, "field", "1e400");
        }
        if (schema.has("minimum")) {
            double min = schema.path("minimum").asDouble();
            replace(path, "field", String.valueOf(min - 1));
            replace(path, "field", "-1e308");
            replace(path, "field", "-1e400");
        }
    }

    private void text(JsonNode schema, JsonNode value, List<Object> path, boolean required) {
        Hostile.NOT_TEXT.forEach(raw -> replace(path, "field", raw));
        String leaf = path.getLast() instanceof String name ? name : "";
        Hostile.BY_NAME.getOrDefault(leaf, List.of()).forEach(raw -> replace(path, "field", raw));
        if (schema.has("enum")) {
            Hostile.notEnum(value.asString()).forEach(raw -> replace(path, "field", raw));
            return;
        }
        String format = schema.path("format").asString("");
        if (format.equals("date-time")) {
            Hostile.NOT_INSTANT.forEach(raw -> replace(path, "field", raw));
            return;
        }
        if (format.equals("date")) {
            Hostile.NOT_DATE.forEach(raw -> replace(path, "field", raw));
            return;
        }
        controls(path, value.asString());
        if (required) {
            Hostile.BLANK.forEach(raw -> replace(path, "field", raw));
        }
        int max = schema.path("maxLength").asInt(10_000 - 1);
        replace(path, "field", JsonText.quoted("x".repeat(max + 1)));
        if (schema.has("pattern")) {
            replace(path, "field", "\"!!!\"");
        }
    }

    /** The value with each forbidden code point inside it (never at an end, where trimming would take it). */
    private void controls(List<Object> path, String value) {
        String text = value.isEmpty() ? "ab" : value.length() == 1 ? value + "x" : value;
        int middle = text.offsetByCodePoints(0, 1);
        String head = inner(text.substring(0, middle));
        String tail = inner(text.substring(middle));
        Hostile.TEXT_ESCAPES.forEach(escape -> replace(path, "field", "\"" + head + escape + tail + "\""));
        replace(path, "field", "\"" + head + "\u0001" + tail + "\"");
        replace(path, "field", "\"" + head + "\\x41" + tail + "\"");
    }

    private void domain() {
        for (Map.Entry<String, List<String>> rule : base.domainHostile().entrySet()) {
            List<Object> at = parse(rule.getKey());
            rule.getValue().forEach(raw -> replace(at, "domain", raw));
        }
    }

    private void replace(List<Object> path, String family, String raw) {
        addBody(family, JsonText.name(path) + " = " + printable(raw),
                JsonText.render(base.body(), path, new JsonText.Replace(raw)));
    }

    private void remove(List<Object> path) {
        addBody("field", JsonText.name(path) + " left out", JsonText.render(base.body(), path, new JsonText.Remove()));
    }

    private void duplicate(List<Object> path) {
        addBody("duplicate-key", JsonText.name(path) + " twice",
                JsonText.render(base.body(), path, new JsonText.Duplicate()));
    }

    // ---- encodings and sizes

    private void encodings() {
        String json = body();
        addBytes("encoding", "UTF-16BE", json.getBytes(StandardCharsets.UTF_16BE));
        addBytes("encoding", "UTF-16LE", json.getBytes(StandardCharsets.UTF_16LE));
        addBytes("encoding", "UTF-16 with BOM", json.getBytes(StandardCharsets.UTF_16));
        addBytes("encoding", "UTF-32", json.getBytes(java.nio.charset.Charset.forName("UTF-32")));
        addBytes("encoding", "ISO-8859-1 é", ("{\"fuzz\":\"caf\u00e9\"," + json.substring(1))
                .getBytes(StandardCharsets.ISO_8859_1));
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        int quote = json.indexOf(":\"") + 2;
        for (byte[] bad : List.of(new byte[] {(byte) 0xc0, (byte) 0xaf}, new byte[] {(byte) 0xc0, (byte) 0x80},
                new byte[] {(byte) 0xe0, (byte) 0x80, (byte) 0xaf}, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0x80},
                new byte[] {(byte) 0xff}, new byte[] {(byte) 0xfe}, new byte[] {(byte) 0xe4, (byte) 0xbd},
                new byte[] {0})) {
            if (quote > 1) {
                addBytes("encoding", "bytes " + hex(bad) + " in a string", splice(utf8, quote, bad));
            }
        }
        addBytes("encoding", "ends inside a sequence", concat(utf8, new byte[] {(byte) 0xe4}));
    }

    private void sizes() {
        String json = body();
        String padding = "x".repeat(OVERSIZED);
        addBody("size", "one byte over 64 KiB", "{\"fuzzPadding\":\"" + padding + "\"," + json.substring(1));
        addBody("size", "1 MiB", "{\"fuzzPadding\":\"" + "x".repeat(1 << 20) + "\"," + json.substring(1));
        add("size", "declares 10 MB, sends the base", plain().without("Content-Length")
                .header("Content-Length", "10000000").framedByHand());
        add("size", "declares 1 GB, sends the base", plain().header("Content-Length", "1000000000").framedByHand());
    }

    // ---- a body of rows (an import: NDJSON or CSV)

    private static boolean isRows(String contentType) {
        return contentType.startsWith("application/x-ndjson") || contentType.startsWith("text/csv");
    }

    /**
     * A body of rows that the operation must refuse before it starts anything: empty, not UTF-8 (another encoding, a
     * byte sequence that is no UTF-8, a NUL byte, cut inside a sequence), in both row formats, or declared larger
     * than any import may be. What is UTF-8 but not a valid row is accepted and refused per row by the job (the
     * service's tests cover those), so it is no malformation here.
     */
    private void rows() {
        byte[] rows = base.binary().bytes();
        String text = new String(rows, StandardCharsets.UTF_8);
        Map<String, byte[]> broken = new java.util.LinkedHashMap<>();
        broken.put("empty", new byte[0]);
        broken.put("UTF-16BE", text.getBytes(StandardCharsets.UTF_16BE));
        broken.put("UTF-16LE", text.getBytes(StandardCharsets.UTF_16LE));
        broken.put("UTF-16 with BOM", text.getBytes(StandardCharsets.UTF_16));
        broken.put("UTF-32", text.getBytes(java.nio.charset.Charset.forName("UTF-32")));
        broken.put("GB18030", text.getBytes(java.nio.charset.Charset.forName("GB18030")));
        broken.put("ISO-8859-1 é", ("{\"name\":\"caf\u00e9\"}\n" + text).getBytes(StandardCharsets.ISO_8859_1));
        Map<String, Integer> places = new java.util.LinkedHashMap<>();
        places.put("before the first row", 0);
        places.put("in the first row", text.indexOf(":\"") + 2);
        places.put("in the middle", rows.length / 2);
        places.put("in the last row", rows.length - 2);
        for (byte[] bad : List.of(new byte[] {(byte) 0xc0, (byte) 0xaf}, new byte[] {(byte) 0xc0, (byte) 0x80},
                new byte[] {(byte) 0xc1, (byte) 0xbf}, new byte[] {(byte) 0xe0, (byte) 0x80, (byte) 0xaf},
                new byte[] {(byte) 0xf0, (byte) 0x80, (byte) 0x80, (byte) 0xaf},
                new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xed, (byte) 0xbf, (byte) 0xbf},
                new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xf5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0x80},
                new byte[] {(byte) 0xbf}, new byte[] {(byte) 0xff}, new byte[] {(byte) 0xfe},
                new byte[] {(byte) 0xe4, (byte) 0xbd}, new byte[] {(byte) 0xf0, (byte) 0x9f, (byte) 0x98},
                new byte[] {(byte) 0xc3}, new byte[] {0}, new byte[] {'a', 0, 'b'},
                new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, (byte) 0xff},
                new byte[] {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80})) {
            places.forEach((place, at) -> broken.put("bytes " + hex(bad) + " " + place, splice(rows, at, bad)));
        }
        broken.put("ends inside a sequence", concat(rows, new byte[] {(byte) 0xe4}));
        broken.put("a NUL line", concat(rows, new byte[] {0, '\n'}));
        broken.put("the rows gzipped", gzip(rows));
        String type = base.binary().contentType();
        for (String as : List.of(type, type + "; charset=utf-8", "text/csv")) {
            broken.forEach((name, bytes) -> add("rows", name + " as " + as,
                    plain().replacing("Content-Type", as).body(bytes)));
        }
        for (String other : List.of("application/json", "application/ndjson", "application/jsonl",
                "application/x-ndjsonx", "application/x-ndjson-seq", "application/json-seq", "application/geo+json",
                "text/json", "text/csvx", "text/x-csv", "application/csv", "application/x-csv",
                "text/comma-separated-values", "text/tab-separated-values", "application/vnd.ms-excel",
                "application/xml", "text/xml", "text/html", "application/yaml", "application/x-www-form-urlencoded",
                "application/octet-stream", "application/zip", "application/gzip", "image/png", "text/plain",
                "multipart/form-data; boundary=x")) {
            add("rows-type", other, plain().replacing("Content-Type", other));
        }
        add("rows-type", "none", plain().without("Content-Type"));
        add("size", "declares 1 GB, sends the base", plain().header("Content-Length", "1000000000").framedByHand());
    }

    // ---- an image body (a photo)

    /**
     * An image body that is not what it claims, of a type no attachment has, or too large: the bytes are sniffed, so
     * a declared type must agree with the first bytes.
     */
    private void images() {
        byte[] image = base.binary().bytes();
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        Map<String, byte[]> notImages = new java.util.LinkedHashMap<>();
        notImages.put("empty", new byte[0]);
        notImages.put("text", "这不是图片, just text".getBytes(StandardCharsets.UTF_8));
        notImages.put("JSON", "{\"photo\":\"x\"}".getBytes(StandardCharsets.UTF_8));
        notImages.put("HTML", "<html><script>x</script></html>".getBytes(StandardCharsets.UTF_8));
        notImages.put("SVG", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8));
        notImages.put("GIF", "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1));
        notImages.put("WebP", "RIFF\u0000\u0000\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1));
        notImages.put("PDF", "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1));
        notImages.put("ZIP", new byte[] {'P', 'K', 3, 4, 0, 0});
        notImages.put("NUL bytes", new byte[64]);
        notImages.put("a JPEG's first two bytes", new byte[] {(byte) 0xFF, (byte) 0xD8});
        notImages.put("a PNG's first seven bytes", java.util.Arrays.copyOf(png, 7));
        notImages.put("a JPEG after a space", concat(new byte[] {' '}, jpeg));
        notImages.put("a JPEG after a BOM", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, jpeg));
        notImages.put("the image base64", java.util.Base64.getEncoder().encode(image));
        notImages.put("the image gzipped", gzip(image));
        notImages.put("the image's first byte flipped", flipped(image));
        for (String type : List.of("image/jpeg", "image/png")) {
            notImages.forEach((name, bytes) -> add("image", name + " as " + type,
                    plain().replacing("Content-Type", type).body(bytes)));
        }
        add("image", "a PNG as image/jpeg", plain().replacing("Content-Type", "image/jpeg").body(png));
        add("image", "a JPEG as image/png", plain().replacing("Content-Type", "image/png").body(jpeg));
        for (String type : List.of("image/gif", "image/webp", "image/svg+xml", "image/bmp", "image/tiff",
                "image/heic", "image/jpg", "image/pjpeg", "image/x-png", "image/*", "image/", "image",
                "image/jpeg, image/png", "image/jpegx", "application/octet-stream", "application/json",
                "text/plain", "multipart/form-data; boundary=x")) {
            add("image-type", type, plain().replacing("Content-Type", type));
        }
        add("image-type", "none", plain().without("Content-Type"));
        byte[] over = java.util.Arrays.copyOf(image, ATTACHMENT_LIMIT + 1);
        add("size", "one byte over the attachment limit", plain().body(over));
        byte[] chunked = concat(concat((Integer.toHexString(over.length) + "\r\n").getBytes(StandardCharsets.US_ASCII),
                over), "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        add("size", "one byte over the attachment limit, chunked (counted while it is stored)", plain()
                .header("Transfer-Encoding", "chunked").body(chunked).framedByHand());
        add("size", "declares 10 MB, sends the base", plain().without("Content-Length")
                .header("Content-Length", "10000000").framedByHand());
        add("size", "declares 1 GB, sends the base", plain().header("Content-Length", "1000000000").framedByHand());
    }

    private static byte[] flipped(byte[] bytes) {
        byte[] copy = bytes.clone();
        copy[0] = (byte) ~copy[0];
        return copy;
    }

    private void unexpectedBodies() {
        List<String> docs = new ArrayList<>(Hostile.NOT_JSON);
        docs.addAll(Hostile.NOT_OBJECT_BODIES);
        docs.addAll(List.of("{}", "{\"fuzz\":1}", "{\"note\":\"x\"}", " ", "\n"));
        for (String doc : docs) {
            add("unexpected-body", "application/json " + printable(doc), plain().header("Content-Type",
                    "application/json").body(doc));
        }
        for (String doc : List.of("{}", "x", "<a/>")) {
            add("unexpected-body", "text/plain " + doc, plain().header("Content-Type", "text/plain").body(doc));
            add("unexpected-body", "no type " + doc, plain().body(doc));
        }
        add("unexpected-body", "64 KiB + 1", plain().header("Content-Type", "application/json")
                .body("\"" + "x".repeat(OVERSIZED) + "\""));
        add("unexpected-body", "UTF-16", plain().header("Content-Type", "application/json")
                .body("{}".getBytes(StandardCharsets.UTF_16)));
        add("unexpected-body", "chunked {}", plain().header("Content-Type", "application/json")
                .header("Transfer-Encoding", "chunked").body("2\r\n{}\r\n0\r\n\r\n").framedByHand());
    }

    // ---- the URL

    private void pathParameters() {
        for (ApiOperation.Parameter parameter : operation.in("path")) {
            List<String> values = parameter.isInteger() ? Hostile.INTEGER_SEGMENTS : Hostile.pathSegments();
            String valid = BaseRequest.fresh(base.path().get(parameter.name()));
            List<String> queries = Hostile.queries();
            int i = 0;
            for (String value : values) {
                path("path", parameter, value, value, "");
                path("path", parameter, valid + value, "valid then " + value, "");
                String query = queries.get(i++ % queries.size());
                path("pairs", parameter, value, value + " with query " + query, query);
            }
        }
    }

    /** A hostile segment after the operation's path: no route matches it, and it must be refused all the same. */
    private void trailingSegments() {
        String target = target(Map.of(), "");
        for (String segment : Hostile.pathSegments()) {
            add("path", "then /" + printable(segment), request(target + "/" + segment, body()));
        }
    }

    private void path(String family, ApiOperation.Parameter parameter, String raw, String name, String query) {
        add(family, parameter.name() + " = " + printable(name),
                request(target(Map.of(parameter.name(), raw), query), body()));
    }

    private void queries() {
        for (String query : Hostile.queries()) {
            add("query", "?" + printable(query), request(target(Map.of(), query), body()));
        }
    }

    private void headerParameters() {
        for (ApiOperation.Parameter parameter : operation.in("header")) {
            String name = parameter.name();
            Function<String, RawRequest> with = v -> plain().replacing(name, v);
            if (parameter.required()) {
                add("header-param", name + " left out", plain().without(name));
            }
            for (String value : List.of("", " ", "x", "a b c d e f", "x".repeat(101), "<script>x</script>",
                    "%00%00%00%00%00%00%00%00", "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9",
                    "abcdefgh\u0001", "abcdefgh\u007f", "..%2f..%2f..%2f", "${jndi:ldap://x}",
                    "'; DROP TABLE x; --", "\u00e4\u00b8\u00ad\u00e6\u0096\u0087\u00e5\u00ad\u0097\u00e7\u00ac")) {
                add("header-param", name + " = " + printable(value), with.apply(value));
            }
            add("header-param", name + " twice", plain().header(name, "second-value-123"));
        }
    }

    // ---- headers

    private void contentTypes() {
        byte[] json = baseBytes();
        for (String type : Hostile.CONTENT_TYPES) {
            add("content-type", type, plain().without("Content-Type").header("Content-Type", type).body(json));
        }
        if (operation.body() != null) {
            add("content-type", "none", plain().without("Content-Type"));
        }
        add("content-type", "twice", plain().without("Content-Type").header("Content-Type", "application/json")
                .header("Content-Type", "application/json").body(json));
        add("content-type", "a control character", plain().without("Content-Type")
                .header("Content-Type", "application/json\u0001").body(json));
        add("content-type", "a non-UTF-8 byte", plain().without("Content-Type")
                .header("Content-Type", "application/js\u00ffon").body(json));
    }

    private void contentEncodings() {
        byte[] plainBody = operation.body() == null && base.binary() == null ? new byte[0] : baseBytes();
        for (String encoding : Hostile.CONTENT_ENCODINGS) {
            add("content-encoding", encoding + " on a plain body", plain().header("Content-Encoding", encoding));
        }
        add("content-encoding", "gzip on a gzipped body", plain().header("Content-Encoding", "gzip")
                .body(gzip(plainBody)));
        add("content-encoding", "twice", plain().header("Content-Encoding", "identity")
                .header("Content-Encoding", "gzip"));
    }

    private void accepts() {
        for (String accept : Hostile.ACCEPTS) {
            add("accept", accept, plain().replacing("Accept", accept));
        }
    }

    /** An Authorization header that does not carry a bearer token of identity's (the matrix has the rest). */
    private void authorizations() {
        if (token == null) {
            return;
        }
        for (String value : List.of("Bearer", "Bearer ", "Bearer x", "Basic dXNlcjpwYXNz", "Negotiate abc", token,
                "Bearer " + token + "x", "Bearer " + token + ".x", "Bearer " + token + " extra",
                "Bearer " + token.substring(0, token.length() / 2), "Bearer  " + token, "Bearer " + token + "")) {
            add("authorization", printable(value.replace(token, "<token>")), plain().replacing("Authorization", value));
        }
    }

    private void framing() {
        RawRequest base = operation.body() == null ? plain().header("Content-Type", "application/json").body("{}")
                : plain();
        byte[] bytes = base.body();
        String chunked = Integer.toHexString(bytes.length) + "\r\n" + new String(bytes, StandardCharsets.ISO_8859_1)
                + "\r\n0\r\n\r\n";
        byte[] chunkedBytes = chunked.getBytes(StandardCharsets.ISO_8859_1);
        add("framing", "Content-Length and Transfer-Encoding chunked", base.header("Content-Length",
                String.valueOf(chunkedBytes.length)).header("Transfer-Encoding", "chunked").body(chunkedBytes)
                .framedByHand());
        add("framing", "Transfer-Encoding chunked and Content-Length", base.header("Transfer-Encoding", "chunked")
                .header("Content-Length", String.valueOf(bytes.length)).body(chunkedBytes).framedByHand());
        add("framing", "chunk size not hex", base.header("Transfer-Encoding", "chunked")
                .body("zz\r\n{}\r\n0\r\n\r\n").framedByHand());
        add("framing", "chunk size overflows", base.header("Transfer-Encoding", "chunked")
                .body("fffffffffffffffff\r\n{}\r\n0\r\n\r\n").framedByHand());
        for (String coding : List.of("gzip, chunked", "chunked, chunked", "xchunked", "chunked;x", "identity",
                "x-fuzz")) {
            add("framing", "Transfer-Encoding " + coding, base.header("Transfer-Encoding", coding)
                    .body(chunkedBytes).framedByHand());
        }
        add("framing", "Transfer-Encoding twice", base.header("Transfer-Encoding", "chunked")
                .header("Transfer-Encoding", "chunked").body(chunkedBytes).framedByHand());
        String length = String.valueOf(bytes.length);
        add("framing", "Content-Length twice", base.header("Content-Length", length).header("Content-Length", length)
                .framedByHand());
        add("framing", "Content-Length twice, different", base.header("Content-Length", length)
                .header("Content-Length", "0").framedByHand());
        for (String bad : List.of("-1", "abc", "1e3", "0x10", "99999999999999999999", length + ", " + length,
                length + "x")) {
            add("framing", "Content-Length " + bad, base.header("Content-Length", bad).framedByHand());
        }
    }

    private void requestLines() {
        RawRequest base = plain();
        for (String version : List.of("HTTP/1.2", "HTTP/2.0", "HTTP/9.9", "HTTX/1.1", "HTTP/1", "http/1.1")) {
            add("request-line", "version " + version, base.version(version));
        }
        add("request-line", "lower-case method", base.method(operation.method().toLowerCase(java.util.Locale.ROOT)));
        add("request-line", "method with a control character", base.method(operation.method() + "\u0001"));
        add("request-line", "target *", base.target("*"));
        add("request-line", "Host twice", base.header("Host", "127.0.0.1").header("Host", "example.org"));
        add("headers", "a header over 8 KiB", base.header("X-Fuzz", "x".repeat(9_000)));
        add("headers", "150 headers", many(base, 150));
        add("headers", "a header without a colon", base.header("X-Fuzz", "x\r\nno-colon-here"));
        add("headers", "a NUL in a header", base.header("X-Fuzz", "a\u0000b"));
        add("headers", "a header name with a space", base.header("X Fuzz", "1"));
        add("headers", "Authorization twice", base.header("Authorization", "Bearer x"));
        add("headers", "Expect: 100-fuzz", base.header("Expect", "100-fuzz"));
    }

    private static RawRequest many(RawRequest request, int count) {
        RawRequest more = request;
        for (int i = 0; i < count; i++) {
            more = more.header("X-Fuzz-" + i, "1");
        }
        return more;
    }

    // ---- small helpers

    private static List<Object> with(List<Object> path, Object segment) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(segment);
        return longer;
    }

    /** {@code items[0].verdict} as a path. */
    static List<Object> parse(String name) {
        List<Object> path = new ArrayList<>();
        for (String part : name.split("\\.")) {
            int bracket = part.indexOf('[');
            path.add(bracket < 0 ? part : part.substring(0, bracket));
            if (bracket >= 0) {
                path.add(Integer.parseInt(part.substring(bracket + 1, part.indexOf(']'))));
            }
        }
        return path;
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new java.util.HashSet<>();
        array.forEach(n -> names.add(n.asString()));
        return names;
    }

    private static String inner(String text) {
        String quoted = JsonText.quoted(text);
        return quoted.substring(1, quoted.length() - 1);
    }

    private static String printable(String text) {
        String cut = text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + ")" : text;
        StringBuilder out = new StringBuilder();
        cut.codePoints().forEach(c -> out.append(c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)
                ? String.format("\\x%02x", c) : Character.toString(c)));
        return out.toString();
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(out.isEmpty() ? "" : " ").append(String.format("%02X", b & 0xff));
        }
        return out.toString();
    }

    private static byte[] splice(byte[] into, int at, byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(into.length + bytes.length);
        out.write(into, 0, at);
        out.writeBytes(bytes);
        out.write(into, at, into.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return splice(a, a.length, b);
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
