package org.qsp.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@SuppressWarnings("unchecked")
class ContractCatalogTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String JSON_SCHEMA_2020_12 = "application/schema+json;version=draft-2020-12";
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
    void every_event_type_is_a_message_of_its_topic_in_the_asyncapi_document() {
        Map<String, Object> doc = asyncApi();
        assertThat(doc.get("asyncapi")).isEqualTo("3.0.0");
        Map<String, Object> channels = map(doc, "channels");
        Map<String, Object> messages = map(map(doc, "components"), "messages");
        for (EventType<?> type : EventCatalog.ALL) {
            Map<String, Object> channel = map(channels, type.topic().name());
            assertThat(channel).as("channel %s", type.topic().name()).isNotNull();
            assertThat(channel.get("address")).isEqualTo(type.topic().name());
            Map.Entry<String, Object> message = messages.entrySet().stream()
                    .filter(e -> type.type().equals(((Map<?, ?>) e.getValue()).get("name")))
                    .findFirst().orElseThrow(() -> new AssertionError("no AsyncAPI message for " + type.type()));
            assertThat(payloadSchemaOf(map(messages, message.getKey()))).isEqualTo(schemaFile(type));
            assertThat(map(channel, "messages").values()).contains(ref("components", "messages", message.getKey()));
        }
    }

    @Test
    void every_message_payload_is_a_json_schema_2020_12_file_of_contracts_schemas() {
        Map<String, Object> messages = map(map(asyncApi(), "components"), "messages");
        List<String> files = EventCatalog.ALL.stream().map(ContractCatalogTest::schemaFile).toList();
        assertThat(messages).isNotEmpty();
        messages.forEach((id, message) -> {
            Map<String, Object> payload = map((Map<String, Object>) message, "payload");
            assertThat(payload.get("schemaFormat")).as(id).isEqualTo(JSON_SCHEMA_2020_12);
            assertThat(payloadSchemaOf((Map<String, Object>) message)).as(id).isIn(files);
        });
    }

    @Test
    void every_topic_and_its_dead_letter_topic_have_kafka_bindings_that_match_the_registry() {
        Map<String, Object> channels = map(asyncApi(), "channels");
        for (Topic topic : Topics.ALL) {
            for (String name : List.of(topic.name(), topic.deadLetterTopic())) {
                Map<String, Object> channel = map(channels, name);
                assertThat(channel).as("channel %s", name).isNotNull();
                assertThat(channel.get("address")).isEqualTo(name);
                Map<String, Object> kafka = map(map(channel, "bindings"), "kafka");
                assertThat(kafka.get("topic")).as(name).isEqualTo(name);
                assertThat(kafka.get("partitions")).as(name).isEqualTo(topic.partitions());
                assertThat(kafka.get("replicas")).as(name).isEqualTo(3);
                assertThat(map(kafka, "topicConfiguration").get("min.insync.replicas")).as(name).isEqualTo(2);
            }
        }
    }

    @Test
    void every_topic_has_a_dead_letter_channel_carrying_its_messages_with_the_spring_kafka_headers() {
        Map<String, Object> doc = asyncApi();
        Map<String, Object> channels = map(doc, "channels");
        for (Topic topic : Topics.ALL) {
            Map<String, Object> deadLetters = map(channels, topic.deadLetterTopic());
            assertThat(deadLetters).as("dead-letter channel of %s", topic.name()).isNotNull();
            List<String> expected = EventCatalog.ALL.stream().filter(t -> t.topic().equals(topic))
                    .map(ContractCatalogTest::schemaFile).toList();
            List<Map<String, Object>> messages = map(deadLetters, "messages").values().stream()
                    .map(m -> resolve(doc, (Map<String, Object>) m)).toList();
            assertThat(messages.stream().map(ContractCatalogTest::payloadSchemaOf).toList())
                    .as("messages of %s", topic.deadLetterTopic()).containsExactlyInAnyOrderElementsOf(expected);
            for (Map<String, Object> message : messages) {
                Map<String, Object> headers = headersOf(doc, message);
                assertThat(headerNames(doc, headers)).as(topic.deadLetterTopic())
                        .containsAll(DEAD_LETTER_HEADERS).containsAll(CLOUD_EVENT_HEADERS);
            }
        }
    }

    @Test
    void each_operation_names_the_messages_a_service_really_sends_or_receives() {
        Map<String, Object> doc = asyncApi();
        Map<String, Operation> documented = new TreeMap<>();
        map(doc, "operations").forEach((id, value) -> {
            Map<String, Object> operation = (Map<String, Object>) value;
            String channel = channelOf(operation);
            Set<String> types = new TreeSet<>();
            for (Object message : (List<Object>) operation.get("messages")) {
                String pointer = (String) ((Map<String, Object>) message).get("$ref");
                assertThat(pointer).as("%s refers to messages of its own channel", id)
                        .startsWith("#/channels/" + channel + "/messages/");
                types.add(typeOfSchema(payloadSchemaOf(resolve(doc, (Map<String, Object>) message))));
            }
            documented.put(id, new Operation((String) operation.get("action"), channel, types));
        });
        assertThat(documented).isEqualTo(new TreeMap<>(OPERATIONS));
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
    void no_complaint_or_recall_event_has_a_field_for_a_person() throws IOException {
        Set<String> personal = Set.of("complainant", "reporter", "phone", "address", "contact", "idNumber", "email");
        for (EventType<?> type : EventCatalog.ALL) {
            if (!type.topic().equals(Topics.COMPLAINT_CASES) && !type.topic().equals(Topics.RECALL_RECALLS)) {
                continue;
            }
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(type.schemaResource())) {
                assertThat(propertyNames(JSON.readTree(in))).as(type.type()).doesNotContainAnyElementsOf(personal);
            }
        }
    }

    @Test
    void a_substantiated_report_without_a_violation_or_a_uscc_and_a_cluster_without_its_subject_violate_the_schema() {
        ObjectNode decided = JSON.valueToTree(ContractFixtures.reportDecided("CC-9", ContractFixtures.USCC_A, true));
        decided.putNull("violation");
        assertThat(EventSchemas.violations(EventCatalog.COMPLAINT_REPORT_DECIDED, decided)).isNotEmpty();
        ObjectNode anonymousRespondent = JSON.valueToTree(
                ContractFixtures.reportDecided("CC-9", ContractFixtures.USCC_A, true));
        ((ObjectNode) anonymousRespondent.get("respondent")).putNull("uscc");
        assertThat(EventSchemas.violations(EventCatalog.COMPLAINT_REPORT_DECIDED, anonymousRespondent)).isNotEmpty();
        ObjectNode unsubstantiated = JSON.valueToTree(
                ContractFixtures.reportDecided("CC-9", ContractFixtures.USCC_A, false));
        ((ObjectNode) unsubstantiated.get("respondent")).putNull("uscc");
        assertThat(EventSchemas.violations(EventCatalog.COMPLAINT_REPORT_DECIDED, unsubstantiated)).isEmpty();

        ObjectNode cluster = JSON.valueToTree(ContractFixtures.clusterDetected(ContractFixtures.USCC_A));
        cluster.putNull("respondent");
        assertThat(EventSchemas.violations(EventCatalog.COMPLAINT_CLUSTER_DETECTED, cluster)).isNotEmpty();
        cluster.put("basis", "PRODUCT");
        assertThat(EventSchemas.violations(EventCatalog.COMPLAINT_CLUSTER_DETECTED, cluster)).isEmpty();
        cluster.putNull("product");
        assertThat(EventSchemas.violations(EventCatalog.COMPLAINT_CLUSTER_DETECTED, cluster)).isNotEmpty();
    }

    @Test
    void a_food_recall_without_its_level_a_consumer_product_with_one_and_a_rate_above_one_violate_the_schema() {
        ObjectNode food = JSON.valueToTree(ContractFixtures.recallInitiated(ContractFixtures.RECALL_ID,
                ContractFixtures.USCC_A, true));
        assertThat(EventSchemas.violations(EventCatalog.RECALL_INITIATED, food)).isEmpty();
        food.putNull("level");
        assertThat(EventSchemas.violations(EventCatalog.RECALL_INITIATED, food)).isNotEmpty();
        ObjectNode product = JSON.valueToTree(ContractFixtures.recallInitiated(ContractFixtures.RECALL_ID,
                ContractFixtures.USCC_A, false));
        assertThat(EventSchemas.violations(EventCatalog.RECALL_INITIATED, product)).isEmpty();
        product.put("level", 2);
        assertThat(EventSchemas.violations(EventCatalog.RECALL_INITIATED, product)).isNotEmpty();
        ObjectNode progress = JSON.valueToTree(ContractFixtures.progressReported(ContractFixtures.RECALL_ID,
                ContractFixtures.USCC_A));
        progress.put("completionRate", 1.2);
        assertThat(EventSchemas.violations(EventCatalog.RECALL_PROGRESS_REPORTED, progress)).isNotEmpty();
    }

    private static Set<String> propertyNames(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        JsonNode properties = schema.path("properties");
        for (String name : properties.propertyNames()) {
            names.add(name);
            names.addAll(propertyNames(properties.get(name)));
        }
        return names;
    }

    @Test
    void topics_are_lowercase_dotted_with_at_least_three_partitions_and_a_dead_letter_topic() {
        for (Topic topic : Topics.ALL) {
            assertThat(topic.name()).matches("[a-z]+(\\.[a-z]+)+");
            assertThat(topic.partitions()).isGreaterThanOrEqualTo(3);
            assertThat(topic.deadLetterTopic()).isEqualTo(topic.name() + "-dlt");
        }
    }

    private static final EventType<?>[] COMPLAINT_TYPES = EventCatalog.ALL.stream()
            .filter(t -> t.topic().equals(Topics.COMPLAINT_CASES)).toArray(EventType<?>[]::new);
    private static final EventType<?>[] SAMPLE_TYPES = EventCatalog.ALL.stream()
            .filter(t -> t.topic().equals(Topics.INSPECTION_SAMPLES)).toArray(EventType<?>[]::new);
    private static final EventType<?>[] TASK_TYPES = EventCatalog.ALL.stream()
            .filter(t -> t.topic().equals(Topics.RECTIFICATION_TASKS)).toArray(EventType<?>[]::new);
    private static final EventType<?>[] ENTERPRISE_TYPES = EventCatalog.ALL.stream()
            .filter(t -> t.topic().equals(Topics.CREDIT_ENTERPRISES)).toArray(EventType<?>[]::new);
    /** What inspection's pool takes from credit.enterprises (list and repair events say nothing to it). */
    private static final EventType<?>[] ENTERPRISES_INSPECTION_HANDLES = {EventCatalog.CREDIT_CLASS_CHANGED,
            EventCatalog.CREDIT_ENTERPRISE_REGISTERED, EventCatalog.CREDIT_ENTERPRISE_UPDATED};
    private static final EventType<?>[] RECALL_TYPES = EventCatalog.ALL.stream()
            .filter(t -> t.topic().equals(Topics.RECALL_RECALLS)).toArray(EventType<?>[]::new);

    /**
     * What each service really does on each channel: its outboxes send, its listeners receive (and decode
     * only the types they handle), its error handler dead-letters those, and an operator's replay through
     * its admin API reads any record of a dead-letter topic.
     */
    private static final Map<String, Operation> OPERATIONS = Map.ofEntries(
            operation("inspectionSendsSampleVerdicts", "send", Topics.INSPECTION_SAMPLES_NAME, SAMPLE_TYPES),
            operation("rectificationReceivesFailedSamples", "receive", Topics.INSPECTION_SAMPLES_NAME,
                    EventCatalog.SAMPLE_FINALIZED, EventCatalog.RECHECK_CONCLUDED),
            operation("rectificationDeadLettersSamples", "send", Topics.INSPECTION_SAMPLES.deadLetterTopic(),
                    EventCatalog.SAMPLE_FINALIZED, EventCatalog.RECHECK_CONCLUDED),
            operation("rectificationReplaysSampleDeadLetters", "receive", Topics.INSPECTION_SAMPLES.deadLetterTopic(),
                    SAMPLE_TYPES),
            operation("rectificationSendsTaskEvents", "send", Topics.RECTIFICATION_TASKS_NAME,
                    EventCatalog.RECTIFICATION_TASK_OPENED, EventCatalog.RECTIFICATION_TASK_ACKNOWLEDGED,
                    EventCatalog.RECTIFICATION_TASK_OVERDUE, EventCatalog.RECTIFICATION_TASK_REPORTED,
                    EventCatalog.RECTIFICATION_RECHECK_REQUESTED, EventCatalog.RECTIFICATION_TASK_CLOSED,
                    EventCatalog.RECTIFICATION_NOTICE_PUBLISHED, EventCatalog.RECTIFICATION_TASK_SUSPENDED,
                    EventCatalog.RECTIFICATION_TASK_REFERRED, EventCatalog.RECTIFICATION_DEADLINE_EXTENDED),
            operation("creditReceivesFailedSamples", "receive", Topics.INSPECTION_SAMPLES_NAME,
                    EventCatalog.SAMPLE_FINALIZED, EventCatalog.SAMPLING_REFUSED),
            operation("creditReceivesOverdueTasks", "receive", Topics.RECTIFICATION_TASKS_NAME,
                    EventCatalog.RECTIFICATION_TASK_OVERDUE, EventCatalog.RECTIFICATION_NOTICE_PUBLISHED),
            operation("creditDeadLettersSamples", "send", Topics.INSPECTION_SAMPLES.deadLetterTopic(),
                    EventCatalog.SAMPLE_FINALIZED, EventCatalog.SAMPLING_REFUSED),
            operation("creditDeadLettersTasks", "send", Topics.RECTIFICATION_TASKS.deadLetterTopic(),
                    EventCatalog.RECTIFICATION_TASK_OVERDUE, EventCatalog.RECTIFICATION_NOTICE_PUBLISHED),
            operation("creditReplaysSampleDeadLetters", "receive", Topics.INSPECTION_SAMPLES.deadLetterTopic(),
                    SAMPLE_TYPES),
            operation("creditReplaysTaskDeadLetters", "receive", Topics.RECTIFICATION_TASKS.deadLetterTopic(),
                    TASK_TYPES),
            operation("creditSendsClassChanges", "send", Topics.CREDIT_ENTERPRISES_NAME,
                    EventCatalog.CREDIT_CLASS_CHANGED, EventCatalog.CREDIT_LIST_ENTERED, EventCatalog.CREDIT_LIST_EXITED,
                    EventCatalog.CREDIT_REPAIR_APPLIED, EventCatalog.CREDIT_REPAIR_DECIDED),
            // the registry: an entry entered, an entry changed (issue 11)
            operation("creditSendsRegistryEntries", "send", Topics.CREDIT_ENTERPRISES_NAME,
                    EventCatalog.CREDIT_ENTERPRISE_REGISTERED, EventCatalog.CREDIT_ENTERPRISE_UPDATED),
            operation("complaintSendsCaseEvents", "send", Topics.COMPLAINT_CASES_NAME,
                    COMPLAINT_TYPES),
            operation("complaintReceivesItsReceivedCases", "receive", Topics.COMPLAINT_CASES_NAME,
                    EventCatalog.COMPLAINT_CASE_RECEIVED),
            operation("complaintDeadLettersCases", "send", Topics.COMPLAINT_CASES.deadLetterTopic(),
                    EventCatalog.COMPLAINT_CASE_RECEIVED),
            operation("complaintReplaysCaseDeadLetters", "receive", Topics.COMPLAINT_CASES.deadLetterTopic(),
                    COMPLAINT_TYPES),
            operation("creditReceivesComplaintOutcomes", "receive", Topics.COMPLAINT_CASES_NAME,
                    EventCatalog.COMPLAINT_REPORT_DECIDED, EventCatalog.COMPLAINT_MEDIATION_CONCLUDED),
            operation("creditDeadLettersComplaints", "send", Topics.COMPLAINT_CASES.deadLetterTopic(),
                    EventCatalog.COMPLAINT_REPORT_DECIDED, EventCatalog.COMPLAINT_MEDIATION_CONCLUDED),
            operation("creditReplaysComplaintDeadLetters", "receive", Topics.COMPLAINT_CASES.deadLetterTopic(),
                    COMPLAINT_TYPES),
            operation("rectificationReceivesDecidedReports", "receive", Topics.COMPLAINT_CASES_NAME,
                    EventCatalog.COMPLAINT_REPORT_DECIDED),
            operation("rectificationDeadLettersComplaints", "send", Topics.COMPLAINT_CASES.deadLetterTopic(),
                    EventCatalog.COMPLAINT_REPORT_DECIDED),
            operation("rectificationReplaysComplaintDeadLetters", "receive", Topics.COMPLAINT_CASES.deadLetterTopic(),
                    COMPLAINT_TYPES),
            operation("recallSendsRecallEvents", "send", Topics.RECALL_RECALLS_NAME, RECALL_TYPES),
            operation("recallReceivesSafetyRelatedFailures", "receive", Topics.INSPECTION_SAMPLES_NAME,
                    EventCatalog.SAMPLE_FAILED),
            operation("recallDeadLettersSamples", "send", Topics.INSPECTION_SAMPLES.deadLetterTopic(),
                    EventCatalog.SAMPLE_FAILED),
            operation("recallReplaysSampleDeadLetters", "receive", Topics.INSPECTION_SAMPLES.deadLetterTopic(),
                    SAMPLE_TYPES),
            operation("recallReceivesSafetyRelatedClusters", "receive", Topics.COMPLAINT_CASES_NAME,
                    EventCatalog.COMPLAINT_CLUSTER_DETECTED),
            operation("recallDeadLettersComplaints", "send", Topics.COMPLAINT_CASES.deadLetterTopic(),
                    EventCatalog.COMPLAINT_CLUSTER_DETECTED),
            operation("recallReplaysComplaintDeadLetters", "receive", Topics.COMPLAINT_CASES.deadLetterTopic(),
                    COMPLAINT_TYPES),
            operation("creditReceivesRecalls", "receive", Topics.RECALL_RECALLS_NAME, EventCatalog.RECALL_INITIATED,
                    EventCatalog.RECALL_OVERDUE, EventCatalog.RECALL_COMPLETED),
            operation("creditDeadLettersRecalls", "send", Topics.RECALL_RECALLS.deadLetterTopic(),
                    EventCatalog.RECALL_INITIATED, EventCatalog.RECALL_OVERDUE, EventCatalog.RECALL_COMPLETED),
            operation("creditReplaysRecallDeadLetters", "receive", Topics.RECALL_RECALLS.deadLetterTopic(),
                    RECALL_TYPES),
            operation("rectificationReceivesOrderedRecalls", "receive", Topics.RECALL_RECALLS_NAME,
                    EventCatalog.RECALL_INITIATED),
            operation("rectificationDeadLettersRecalls", "send", Topics.RECALL_RECALLS.deadLetterTopic(),
                    EventCatalog.RECALL_INITIATED),
            operation("rectificationReplaysRecallDeadLetters", "receive", Topics.RECALL_RECALLS.deadLetterTopic(),
                    RECALL_TYPES),
            operation("monitorSendsAlerts", "send", Topics.MONITOR_ALERTS_NAME, EventCatalog.MONITOR_ALERT_RAISED),
            monitor("Samples", Topics.INSPECTION_SAMPLES, "receive"),
            monitor("Samples", Topics.INSPECTION_SAMPLES, "deadLetter"),
            monitor("Samples", Topics.INSPECTION_SAMPLES, "replay"),
            monitor("Tasks", Topics.RECTIFICATION_TASKS, "receive"),
            monitor("Tasks", Topics.RECTIFICATION_TASKS, "deadLetter"),
            monitor("Tasks", Topics.RECTIFICATION_TASKS, "replay"),
            monitor("Enterprises", Topics.CREDIT_ENTERPRISES, "receive"),
            monitor("Enterprises", Topics.CREDIT_ENTERPRISES, "deadLetter"),
            monitor("Enterprises", Topics.CREDIT_ENTERPRISES, "replay"),
            monitor("Complaints", Topics.COMPLAINT_CASES, "receive"),
            monitor("Complaints", Topics.COMPLAINT_CASES, "deadLetter"),
            monitor("Complaints", Topics.COMPLAINT_CASES, "replay"),
            monitor("Recalls", Topics.RECALL_RECALLS, "receive"),
            monitor("Recalls", Topics.RECALL_RECALLS, "deadLetter"),
            monitor("Recalls", Topics.RECALL_RECALLS, "replay"),
            monitor("Alerts", Topics.MONITOR_ALERTS, "receive"),
            monitor("Alerts", Topics.MONITOR_ALERTS, "deadLetter"),
            monitor("Alerts", Topics.MONITOR_ALERTS, "replay"),
            // plans, draws, the enterprise registry and re-check requests (issue 10)
            operation("inspectionSendsPlansAndDraws", "send", Topics.INSPECTION_PLANS_NAME,
                    EventCatalog.INSPECTION_PLAN_PUBLISHED, EventCatalog.INSPECTION_DRAW_PUBLISHED),
            operation("inspectionReceivesEnterprises", "receive", Topics.CREDIT_ENTERPRISES_NAME,
                    ENTERPRISES_INSPECTION_HANDLES),
            operation("inspectionDeadLettersEnterprises", "send", Topics.CREDIT_ENTERPRISES.deadLetterTopic(),
                    ENTERPRISES_INSPECTION_HANDLES),
            operation("inspectionReplaysEnterpriseDeadLetters", "receive", Topics.CREDIT_ENTERPRISES.deadLetterTopic(),
                    ENTERPRISE_TYPES),
            operation("inspectionReceivesClusters", "receive", Topics.COMPLAINT_CASES_NAME,
                    EventCatalog.COMPLAINT_CLUSTER_DETECTED),
            operation("inspectionDeadLettersComplaints", "send", Topics.COMPLAINT_CASES.deadLetterTopic(),
                    EventCatalog.COMPLAINT_CLUSTER_DETECTED),
            operation("inspectionReplaysComplaintDeadLetters", "receive", Topics.COMPLAINT_CASES.deadLetterTopic(),
                    COMPLAINT_TYPES),
            operation("inspectionReceivesRecheckRequests", "receive", Topics.RECTIFICATION_TASKS_NAME,
                    EventCatalog.RECTIFICATION_RECHECK_REQUESTED),
            operation("inspectionDeadLettersTasks", "send", Topics.RECTIFICATION_TASKS.deadLetterTopic(),
                    EventCatalog.RECTIFICATION_RECHECK_REQUESTED),
            operation("inspectionReplaysTaskDeadLetters", "receive", Topics.RECTIFICATION_TASKS.deadLetterTopic(),
                    TASK_TYPES),
            monitor("Plans", Topics.INSPECTION_PLANS, "receive"),
            monitor("Plans", Topics.INSPECTION_PLANS, "deadLetter"),
            monitor("Plans", Topics.INSPECTION_PLANS, "replay"));

    /** The monitor projects every type of every topic: it receives, dead-letters and replays all of them. */
    private static Map.Entry<String, Operation> monitor(String name, Topic topic, String what) {
        EventType<?>[] types = EventCatalog.ALL.stream().filter(t -> t.topic().equals(topic))
                .toArray(EventType<?>[]::new);
        return switch (what) {
            case "receive" -> operation("monitorReceives" + name, "receive", topic.name(), types);
            case "deadLetter" -> operation("monitorDeadLetters" + name, "send", topic.deadLetterTopic(), types);
            default -> operation("monitorReplays" + name + "DeadLetters", "receive", topic.deadLetterTopic(), types);
        };
    }

    private static final List<String> CLOUD_EVENT_HEADERS = List.of("ce_id", "ce_source", "ce_specversion", "ce_type",
            "ce_time", "ce_subject", "ce_dataschema", "content-type", "traceparent");

    /** {@code org.springframework.kafka.support.KafkaHeaders.DLT_*}, as DeadLetterPublishingRecoverer writes them. */
    private static final List<String> DEAD_LETTER_HEADERS = List.of("kafka_dlt-exception-fqcn",
            "kafka_dlt-exception-cause-fqcn", "kafka_dlt-exception-message", "kafka_dlt-exception-stacktrace",
            "kafka_dlt-original-topic", "kafka_dlt-original-partition", "kafka_dlt-original-offset",
            "kafka_dlt-original-timestamp", "kafka_dlt-original-timestamp-type", "kafka_dlt-original-consumer-group");

    record Operation(String action, String channel, Set<String> types) {
    }

    private static Map.Entry<String, Operation> operation(String id, String action, String channel,
            EventType<?>... types) {
        return Map.entry(id, new Operation(action, channel,
                new TreeSet<>(Stream.of(types).map(EventType::type).toList())));
    }

    private static Map<String, Object> asyncApi() {
        try (InputStream in = Files.newInputStream(ASYNCAPI)) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }

    private static Map<String, Object> ref(String... path) {
        return Map.of("$ref", "#/" + String.join("/", path));
    }

    /** Follows a local {@code $ref} ({@code #/a/b/c}, no escaping needed in this document). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> doc, Map<String, Object> node) {
        Object pointer = node.get("$ref");
        if (!(pointer instanceof String local) || !local.startsWith("#/")) {
            return node;
        }
        Map<String, Object> target = doc;
        for (String step : local.substring(2).split("/")) {
            target = map(target, step);
            assertThat(target).as("%s resolves", local).isNotNull();
        }
        return resolve(doc, target);
    }

    private static String schemaFile(EventType<?> type) {
        return "../schemas/" + type.type() + ".json";
    }

    private static String typeOfSchema(String schemaFile) {
        return schemaFile.substring("../schemas/".length(), schemaFile.length() - ".json".length());
    }

    private static String payloadSchemaOf(Map<String, Object> message) {
        return (String) map(map(message, "payload"), "schema").get("$ref");
    }

    private static String channelOf(Map<String, Object> operation) {
        String pointer = (String) map(operation, "channel").get("$ref");
        assertThat(pointer).startsWith("#/channels/");
        return pointer.substring("#/channels/".length());
    }

    /** The message's headers schema: its own, or else that of its one trait. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> headersOf(Map<String, Object> doc, Map<String, Object> message) {
        if (message.containsKey("headers")) {
            return resolve(doc, map(message, "headers"));
        }
        List<Object> traits = (List<Object>) message.get("traits");
        assertThat(traits).as("a message with headers or a trait that has them").hasSize(1);
        return resolve(doc, map(resolve(doc, (Map<String, Object>) traits.get(0)), "headers"));
    }

    /** Property names of a headers schema, through {@code allOf} and local refs. */
    @SuppressWarnings("unchecked")
    private static Set<String> headerNames(Map<String, Object> doc, Map<String, Object> schema) {
        Set<String> names = new TreeSet<>();
        Map<String, Object> properties = map(schema, "properties");
        if (properties != null) {
            names.addAll(properties.keySet());
        }
        for (Object part : (List<Object>) schema.getOrDefault("allOf", List.of())) {
            names.addAll(headerNames(doc, resolve(doc, (Map<String, Object>) part)));
        }
        return names;
    }
}
