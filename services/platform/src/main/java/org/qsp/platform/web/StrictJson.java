package org.qsp.platform.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How request bodies are read: strictly. Events keep the tolerant reader of {@code EventCodec}; responses are
 * written as before. What a body must be:
 * <ul>
 * <li>only the properties the request declares (an unknown one is refused, so a misspelt optional field is not
 * silently dropped), each key once, one JSON value and nothing after it;</li>
 * <li>each value of its declared JSON type: a number is not a string, a string or a number is not a date, a number
 * is not a boolean or an enum, a fraction is not an integer, {@code null} is not a primitive; an enum value is one
 * of its names exactly (no space or control character around it);</li>
 * <li>text without control characters (a field marked {@link MultilineText} keeps line feeds and tabs) and without
 * bidirectional overrides or isolates, and trimmed (Unicode spaces, NBSP and the ideographic space included); text that is empty
 * after trimming is no text: as a property it reads as absent ({@code null}), so that a required field reports it
 * with every other bad field of the request (validation-failed) and an optional one stores nothing rather than
 * spaces; as an entry of a list it is refused;</li>
 * <li>instants as ISO-8601 with an offset ({@code 2026-03-02T09:30:00Z}, {@code …+08:00}) and dates as
 * {@code 2026-03-02}, both within the years {@value #MIN_YEAR}–{@value #MAX_YEAR}. A field's own range (not in
 * the future, not before its sampling, …) is the domain's to check.</li>
 * </ul>
 */
public final class StrictJson {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2999;

    private StrictJson() {
    }

    /** A value the strict reader refuses, with what is wrong in words the client can act on. */
    public static final class Refused extends MismatchedInputException {
        Refused(JsonParser parser, String message, JavaType type) {
            super(parser, message, type);
        }
    }

    /** The strict reader built from the application's mapper (its modules and naming stay). */
    public static JsonMapper of(JsonMapper base) {
        SimpleModule strict = new SimpleModule("qsp-strict-requests")
                .addDeserializer(String.class, new TextDeserializer())
                .addDeserializer(Instant.class, new InstantDeserializer())
                .addDeserializer(LocalDate.class, new DateDeserializer())
                .setDeserializerModifier(new ValueDeserializerModifier() {
                    @Override
                    public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                            BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                        return new ExactEnumDeserializer(deserializer);
                    }
                });
        return base.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                        DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfigDefaults(c -> c.setAcceptBlankAsEmpty(false)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Enum, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .addModule(strict)
                .build();
    }

    /** Converters for other formats than JSON that libraries bring (YAML, XML, CBOR, Smile): not for requests. */
    public static boolean notJson(org.springframework.http.converter.HttpMessageConverter<?> converter) {
        String name = converter.getClass().getSimpleName();
        return name.contains("Yaml") || name.contains("Xml") || name.contains("Cbor") || name.contains("Smile");
    }

    /** What is wrong with a piece of (trimmed, non-empty) text, or null when it is acceptable. */
    static String textProblem(String text, boolean multiline) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (multiline && (c == '\n' || c == '\t')) {
                i++;
                continue;
            }
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                return multiline ? "must not contain control characters (line feeds and tabs aside)"
                        : "must be one line without control characters";
            }
            if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
                return "must not contain bidirectional overrides or isolates";
            }
            if (c == 0xfffe || c == 0xffff || (c >= 0xd800 && c <= 0xdfff)) {
                return "must not contain non-characters";
            }
            i += Character.charCount(c);
        }
        return null;
    }

    /** Trims Unicode spaces, NBSP, the narrow NBSP, figure space and the zero-width no-break space (BOM) too. */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && blank(text.charAt(start))) {
            start++;
        }
        while (end > start && blank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00a0' || c == '\u2007'
                || c == '\u202f' || c == '\ufeff' || c == '\u200b';
    }

    private static final class TextDeserializer extends ValueDeserializer<String> {

        private final boolean multiline;

        TextDeserializer() {
            this(false);
        }

        private TextDeserializer(boolean multiline) {
            this.multiline = multiline;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            boolean marked = property != null && property.getAnnotation(MultilineText.class) != null;
            return marked == multiline ? this : new TextDeserializer(marked);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw refused(p, ctxt, String.class, "must be a JSON string");
            }
            String raw = p.getString();
            String text = trim(multiline ? raw.replace("\r\n", "\n") : raw);
            if (text.isEmpty()) {
                if (p.streamReadContext().inArray()) {
                    throw refused(p, ctxt, String.class, "must not hold empty or all-space entries");
                }
                return null;
            }
            String problem = textProblem(text, multiline);
            if (problem != null) {
                throw refused(p, ctxt, String.class, problem);
            }
            return text;
        }
    }

    /**
     * An enum value exactly as written: Jackson's reader trims what it does not find ({@code "PRODUCER\u0000"} and
     * {@code "PRODUCER "} read as {@code PRODUCER}), this one refuses it.
     */
    private static final class ExactEnumDeserializer extends DelegatingDeserializer {

        ExactEnumDeserializer(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new ExactEnumDeserializer(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getString();
                if (text.trim().length() != text.length()) {
                    throw refused(p, ctxt, handledType(), "must be one of its values exactly, with nothing around it");
                }
            }
            return super.deserialize(p, ctxt);
        }
    }

    private static final class InstantDeserializer extends ValueDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = string(p, ctxt, Instant.class, "an ISO-8601 instant such as 2026-03-02T09:30:00Z");
            try {
                TemporalAccessor parsed = DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text);
                inRange(p, ctxt, Instant.class, parsed.get(ChronoField.YEAR));
                return OffsetDateTime.from(parsed).toInstant();
            } catch (DateTimeParseException e) {
                throw refused(p, ctxt, Instant.class,
                        "must be an ISO-8601 instant with an offset, such as 2026-03-02T09:30:00Z");
            } catch (DateTimeException e) {
                throw refused(p, ctxt, Instant.class, "is not a valid instant");
            }
        }
    }

    private static final class DateDeserializer extends ValueDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = string(p, ctxt, LocalDate.class, "an ISO-8601 date such as 2026-03-02");
            try {
                LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                inRange(p, ctxt, LocalDate.class, date.getYear());
                return date;
            } catch (DateTimeParseException e) {
                throw refused(p, ctxt, LocalDate.class, "must be an ISO-8601 date such as 2026-03-02");
            }
        }
    }

    private static String string(JsonParser p, DeserializationContext ctxt, Class<?> type, String what) {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            throw refused(p, ctxt, type, "must be a JSON string holding " + what);
        }
        return p.getString().strip();
    }

    private static void inRange(JsonParser p, DeserializationContext ctxt, Class<?> type, int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw refused(p, ctxt, type, "must be within the years " + MIN_YEAR + "–" + MAX_YEAR);
        }
    }

    private static Refused refused(JsonParser p, DeserializationContext ctxt, Class<?> type, String message) {
        return new Refused(p, message, ctxt.constructType(type));
    }
}
