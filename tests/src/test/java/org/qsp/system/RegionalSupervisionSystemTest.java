package org.qsp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qsp.contracts.EventCatalog;
import org.qsp.platform.test.TopicRecorder;

/**
 * Who supervises whom, across services and through the gateway, with identity's real tokens: the
 * national administration (regulator-cn, 100000) sees every province, the Zhejiang bureau
 * (regulator-zj, 330000) its cities, the Hangzhou bureau (regulator1, 330100) its counties; a
 * regulator is told that what lies outside its region does not exist (404, empty lists).
 */
class RegionalSupervisionSystemTest {

    /** An enterprise in one place, with one failed sample and the task it opened. */
    private record Enterprise(String place, String uscc, String sampleId, String taskId) {

        Enterprise withTask(String id) {
            return new Enterprise(place, uscc, sampleId, id);
        }
    }

    private static final String HANGZHOU = "330106";
    private static final String NINGBO = "330203";
    private static final String NANJING = "320106";

    private static Stack stack;
    private static Map<String, Enterprise> enterprises;

    @BeforeAll
    static void aFailedSampleInHangzhouNingboAndNanjing() {
        stack = Stack.get();
        Flow flow = new Flow(stack);
        List<Enterprise> sampled = Stream.of(HANGZHOU, NINGBO, NANJING)
                .map(place -> new Enterprise(place, flow.newUscc(place), UUID.randomUUID().toString(), null))
                .toList();
        sampled.forEach(e -> flow.sample(e.sampleId(), e.uscc(), e.place(), "FAIL"));
        stack.awaitSettled();

        enterprises = sampled.stream().map(e -> e.withTask(taskOpenedFor(e.sampleId())))
                .collect(Collectors.toMap(Enterprise::place, Function.identity()));
    }

    /** The id of the one task the sample opened, from its rectification.task.opened event. */
    private static String taskOpenedFor(String sampleId) {
        TopicRecorder recorder = stack.recorder;
        List<String> tasks = Events.distinct(recorder.ofType(EventCatalog.RECTIFICATION_TASK_OPENED)).stream()
                .map(r -> recorder.payload(r, EventCatalog.RECTIFICATION_TASK_OPENED))
                .filter(opened -> sampleId.equals(opened.sourceId())).map(opened -> opened.taskId()).toList();
        assertThat(tasks).as("tasks opened for sample %s", sampleId).hasSize(1);
        return tasks.getFirst();
    }

    static Stream<Arguments> whoSeesWhat() {
        return Stream.of(
                Arguments.of("regulator-cn", HANGZHOU, true),
                Arguments.of("regulator-cn", NINGBO, true),
                Arguments.of("regulator-cn", NANJING, true),
                Arguments.of("regulator-zj", HANGZHOU, true),
                Arguments.of("regulator-zj", NINGBO, true),
                Arguments.of("regulator-zj", NANJING, false),
                Arguments.of("regulator1", HANGZHOU, true),
                Arguments.of("regulator1", NINGBO, false),
                Arguments.of("regulator1", NANJING, false));
    }

    @ParameterizedTest(name = "{0} sees the sample, task and credit file of an enterprise in {1}: {2}")
    @MethodSource("whoSeesWhat")
    void a_regulator_sees_samples_tasks_and_credit_files_exactly_where_its_region_covers_the_enterprise(
            String regulator, String place, boolean sees) {
        Enterprise enterprise = enterprises.get(place);
        String token = stack.token(regulator);

        Api.Response samples = Api.get(gateway("/api/inspection/v1/samples?uscc=" + enterprise.uscc()), token);
        Api.Response sample = Api.get(gateway("/api/inspection/v1/samples/" + enterprise.sampleId()), token);
        Api.Response tasks = Api.get(gateway("/api/rectification/v1/tasks?uscc=" + enterprise.uscc()), token);
        Api.Response task = Api.get(gateway("/api/rectification/v1/tasks/" + enterprise.taskId()), token);
        Api.Response credit = Api.get(gateway("/api/credit/v1/enterprises/" + enterprise.uscc()), token);

        assertSoftly(softly -> {
            softly.assertThat(samples.status()).as(samples.raw()).isEqualTo(200);
            softly.assertThat(ids(samples, "sampleId")).as("samples listed")
                    .isEqualTo(sees ? List.of(enterprise.sampleId()) : List.of());
            softly.assertThat(samples.body().path("total").asLong()).as("samples total").isEqualTo(sees ? 1 : 0);
            softly.assertThat(sample.status()).as("the sample: " + sample.raw()).isEqualTo(sees ? 200 : 404);

            softly.assertThat(tasks.status()).as(tasks.raw()).isEqualTo(200);
            softly.assertThat(ids(tasks, "taskId")).as("tasks listed")
                    .isEqualTo(sees ? List.of(enterprise.taskId()) : List.of());
            softly.assertThat(tasks.body().path("total").asLong()).as("tasks total").isEqualTo(sees ? 1 : 0);
            softly.assertThat(task.status()).as("the task: " + task.raw()).isEqualTo(sees ? 200 : 404);

            softly.assertThat(credit.status()).as("the credit file: " + credit.raw()).isEqualTo(sees ? 200 : 404);
            if (sees) {
                softly.assertThat(credit.body().path("region").asString()).isEqualTo(place);
                softly.assertThat(credit.body().path("records").valueStream().map(r -> r.path("sourceId").asString()))
                        .as("credit records").containsExactly(enterprise.sampleId());
            }
        });
    }

    private static URI gateway(String path) {
        return stack.gateway.uri(path);
    }

    private static List<String> ids(Api.Response page, String field) {
        return page.body().path("items").valueStream().map(item -> item.path(field).asString()).toList();
    }
}
