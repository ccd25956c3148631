package org.qsp.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ContractCatalogTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path SCHEMAS = Path.of("../schemas");
    private static final Path ASYNCAPI = Path.of("../asyncapi/qsp.asyncapi.yaml");

    @Test
    void every_event_type_has_a_schema_whose_id_is_its_dataschema() throws IOException {
        for (EventType<?> type : EventCatalog.ALL) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(type.schemaResource())) {
                assertThat(in).as("schema of %s", type.type()).isNotNull();
                JsonNode schema = JSON.readTree(in);
                assertThat(schema.get("$id").asString()).isEqualTo(type.dataschema());
            }
        }
    }

    @Test
    void every_schema_file_belongs_to_a_catalogued_event_type() throws IOException {
        List<String> catalogued = EventCatalog.ALL.stream().map(t -> t.type() + ".json").toList();
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList())
                    .containsExactlyInAnyOrderElementsOf(catalogued);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_event_type_is_a_message_of_its_topic_in_the_asyncapi_document() throws IOException {
        Map<String, Object> doc;
        try (InputStream in = Files.newInputStream(ASYNCAPI)) {
            doc = new Yaml().load(in);
        }
        assertThat(doc.get("asyncapi")).isEqualTo("3.0.0");
        Map<String, Object> channels = (Map<String, Object>) doc.get("channels");
        Map<String, Object> messages = (Map<String, Object>) ((Map<String, Object>) doc.get("components"))
                .get("messages");
        for (EventType<?> type : EventCatalog.ALL) {
            Map<String, Object> channel = (Map<String, Object>) channels.get(type.topic().name());
            assertThat(channel).as("channel %s", type.topic().name()).isNotNull();
            assertThat(channel.get("address")).isEqualTo(type.topic().name());
            Map.Entry<String, Object> message = messages.entrySet().stream()
                    .filter(e -> type.type().equals(((Map<String, Object>) e.getValue()).get("name")))
                    .findFirst().orElseThrow(() -> new AssertionError("no AsyncAPI message for " + type.type()));
            Map<String, Object> payload = (Map<String, Object>) ((Map<String, Object>) message.getValue())
                    .get("payload");
            assertThat(payload.get("$ref")).isEqualTo("../schemas/" + type.type() + ".json");
            assertThat(((Map<String, Object>) channel.get("messages")).keySet()).contains(message.getKey());
        }
    }

    @Test
    void the_fixtures_of_every_event_type_satisfy_their_schemas() {
        assertThat(ContractFixtures.oneOfEach().keySet()).containsExactlyInAnyOrderElementsOf(EventCatalog.ALL);
        ContractFixtures.oneOfEach().forEach((type, payload) -> {
            assertThat(payload).isInstanceOf(type.payloadClass());
            assertThat(EventSchemas.violations(type, JSON.valueToTree(payload))).as(type.type()).isEmpty();
        });
    }

    @Test
    void a_payload_missing_a_required_field_or_with_a_bad_uscc_violates_the_schema() {
        ObjectNode failed = JSON.valueToTree(ContractFixtures.sampleFailed("S-9", ContractFixtures.USCC_A, false));
        failed.remove("failedItems");
        assertThat(EventSchemas.violations(EventCatalog.SAMPLE_FAILED, failed)).isNotEmpty();

        ObjectNode badUscc = JSON.valueToTree(ContractFixtures.classChanged("not-a-uscc"));
        assertThat(EventSchemas.violations(EventCatalog.CREDIT_CLASS_CHANGED, badUscc)).isNotEmpty();
    }

    @Test
    void topics_are_lowercase_dotted_with_at_least_three_partitions_and_a_dead_letter_topic() {
        for (Topic topic : Topics.ALL) {
            assertThat(topic.name()).matches("[a-z]+(\\.[a-z]+)+");
            assertThat(topic.partitions()).isGreaterThanOrEqualTo(3);
            assertThat(topic.deadLetterTopic()).isEqualTo(topic.name() + "-dlt");
        }
    }
}
