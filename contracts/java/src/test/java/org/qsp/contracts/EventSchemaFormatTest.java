package org.qsp.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code format} is asserted, not just annotated: every date, date-time and URI field of every payload
 * declares its format, and a value that does not have that format is a violation.
 */
class EventSchemaFormatTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Map<Class<?>, String> FORMATS = Map.of(Instant.class, "date-time",
            OffsetDateTime.class, "date-time", ZonedDateTime.class, "date-time", LocalDate.class, "date",
            URI.class, "uri", URL.class, "uri");

    /** A field of a payload whose Java type has a JSON Schema format, by its JSON pointer. */
    record FormattedField(EventType<?> type, String pointer, String format) {

        String parent() {
            return pointer.substring(0, pointer.lastIndexOf('/'));
        }

        String name() {
            return pointer.substring(pointer.lastIndexOf('/') + 1);
        }

        @Override
        public String toString() {
            return type.type() + pointer;
        }
    }

    @Test
    void every_date_date_time_and_uri_field_of_every_payload_declares_its_format_in_the_schema() throws IOException {
        List<FormattedField> fields = formattedFields();
        assertThat(fields).extracting(FormattedField::format).contains("date-time", "date");
        for (FormattedField field : fields) {
            JsonNode schema = schemaOf(field.type());
            JsonNode property = schema.at(schemaPointer(field.pointer()));
            assertThat(property.isMissingNode()).as("%s is in the schema", field).isFalse();
            assertThat(property.path("format").asString(null)).as("format of %s", field).isEqualTo(field.format());
        }
    }

    @Test
    void a_date_time_that_is_not_rfc_3339_violates_the_schema() {
        assertEveryFieldRejects("date-time", "yesterday", "2026-03-02", "2026-03-02 08:00:00Z",
                "2026-03-02T08:00:00", "2026-13-02T08:00:00Z", "2026-03-02T25:00:00Z", "");
    }

    @Test
    void a_date_that_is_not_a_full_calendar_date_violates_the_schema() {
        assertEveryFieldRejects("date", "yesterday", "2026-02-30", "2026-5-6", "06.05.2026",
                "2026-05-06T00:00:00Z", "");
    }

    @Test
    void valid_dates_and_date_times_in_any_rfc_3339_spelling_still_pass() {
        assertEveryFieldAccepts("date-time", "2026-03-02T08:00:00Z", "2026-03-02T16:00:00+08:00",
                "2026-03-02T08:00:00.123456789Z", "2024-02-29T23:59:59-05:00");
        assertEveryFieldAccepts("date", "2026-05-06", "2024-02-29");
    }

    @Test
    void the_fixtures_still_satisfy_their_schemas_with_formats_asserted() {
        ContractFixtures.oneOfEach().forEach((type, payload) ->
                assertThat(EventSchemas.violations(type, JSON.valueToTree(payload))).as(type.type()).isEmpty());
    }

    @Test
    void a_format_the_validator_does_not_know_fails_instead_of_passing_silently() {
        var schema = EventSchemas.compile("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "type": "object", "properties": {"at": {"type": "string", "format": "date-tme"}}}
                """);
        assertThat(schema.validate(JSON.readTree("{\"at\": \"2026-03-02T08:00:00Z\"}"))).isNotEmpty();
    }

    private static void assertEveryFieldRejects(String format, String... values) {
        List<FormattedField> fields = fieldsOfFormat(format);
        for (FormattedField field : fields) {
            for (String value : values) {
                assertThat(EventSchemas.violations(field.type(), withValue(field, value)))
                        .as("%s = \"%s\"", field, value).isNotEmpty()
                        .anySatisfy(v -> assertThat(v).contains(field.name()));
            }
        }
    }

    private static void assertEveryFieldAccepts(String format, String... values) {
        for (FormattedField field : fieldsOfFormat(format)) {
            for (String value : values) {
                assertThat(EventSchemas.violations(field.type(), withValue(field, value)))
                        .as("%s = \"%s\"", field, value).isEmpty();
            }
        }
    }

    private static List<FormattedField> fieldsOfFormat(String format) {
        List<FormattedField> fields = formattedFields().stream().filter(f -> f.format().equals(format)).toList();
        assertThat(fields).as("fields of format %s", format).isNotEmpty();
        return fields;
    }

    /** The fixture of the field's event type, with the field set to {@code value}. */
    private static JsonNode withValue(FormattedField field, String value) {
        JsonNode payload = JSON.valueToTree(ContractFixtures.oneOfEach().get(field.type()));
        ((ObjectNode) payload.at(field.parent())).put(field.name(), value);
        return payload;
    }

    /** Every field of every catalogued payload, nested records and lists included, that has a format. */
    static List<FormattedField> formattedFields() {
        List<FormattedField> fields = new ArrayList<>();
        for (EventType<?> type : EventCatalog.ALL) {
            collect(type, type.payloadClass(), "", fields);
        }
        return fields;
    }

    private static void collect(EventType<?> type, Class<?> record, String pointer, List<FormattedField> into) {
        for (RecordComponent component : record.getRecordComponents()) {
            String here = pointer + "/" + component.getName();
            Class<?> raw = component.getType();
            Type generic = component.getGenericType();
            if (FORMATS.containsKey(raw)) {
                into.add(new FormattedField(type, here, FORMATS.get(raw)));
            } else if (raw.isRecord()) {
                collect(type, raw, here, into);
            } else if (Collection.class.isAssignableFrom(raw) && generic instanceof ParameterizedType p
                    && p.getActualTypeArguments()[0] instanceof Class<?> element) {
                if (FORMATS.containsKey(element)) {
                    into.add(new FormattedField(type, here + "/0", FORMATS.get(element)));
                } else if (element.isRecord()) {
                    collect(type, element, here + "/0", into);
                }
            }
        }
    }

    /** {@code /failedItems/0/at} in a payload is {@code /properties/failedItems/items/properties/at} in its schema. */
    private static String schemaPointer(String payloadPointer) {
        StringBuilder schema = new StringBuilder();
        for (String step : payloadPointer.substring(1).split("/")) {
            schema.append(step.equals("0") ? "/items" : "/properties/" + step);
        }
        return schema.toString();
    }

    private static JsonNode schemaOf(EventType<?> type) throws IOException {
        try (InputStream in = EventSchemaFormatTest.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            return JSON.readTree(in);
        }
    }
}
