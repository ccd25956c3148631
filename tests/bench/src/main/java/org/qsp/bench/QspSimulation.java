package org.qsp.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.stopLoadGeneratorIf;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.UUID;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import org.qsp.harness.SampleForms;

/**
 * The Gatling simulation of the phase in progress ({@link Phase#current()}): one user per operation of its workload.
 * Every request's latency and status go to the phase's {@link Observations}, attributed to the time the user
 * arrived; a user arriving after the phase was asked to stop ends the run instead.
 */
public class QspSimulation extends Simulation {

    private static final String SAMPLE = "sampleId";
    private static final String USCC = "uscc";
    private static final String ARRIVED = "arrivedAt";
    private static final String SENT = "sentAt";
    private static final String LATENCY = "latency";
    private static final String STATUS = "status";
    private static final String FAIL_RESULT = SampleForms.result("FAIL");

    private final Phase phase = Phase.current();
    private final Targets targets = phase.targets();
    private final Observations observations = phase.observations();

    public QspSimulation() {
        ScenarioBuilder users = scenario(phase.workload().key())
                .exec(stopLoadGeneratorIf("saturated: stepping stops", session -> observations.stopRequested()))
                .exec(session -> session.set(SAMPLE, UUID.randomUUID().toString()).set(USCC, SampleForms.newUscc())
                        .set(ARRIVED, System.currentTimeMillis()))
                .exec(operation())
                .exec(session -> {
                    observations.operation(session.getString(SAMPLE), session.getString(USCC), session.getLong(ARRIVED),
                            System.currentTimeMillis(), !session.isFailed());
                    return session;
                });
        setUp(inject(users)).protocols(http.shareConnections().disableCaching().acceptHeader("application/json"));
    }

    @Override
    public void before() {
        observations.started(System.currentTimeMillis());
    }

    private ChainBuilder operation() {
        String tasks = "/api/rectification/v1/tasks/" + targets.knownTaskId();
        String sample = targets.gateway() + "/api/inspection/v1/samples/#{" + SAMPLE + "}";
        return switch (phase.workload()) {
            case GET_GATEWAY -> call(http("GET task (gateway)").get(targets.gateway() + tasks)
                    .header("Authorization", bearer(targets.regulatorToken())), 200);
            case GET_DIRECT -> call(http("GET task (direct)").get(targets.rectification() + tasks)
                    .header("Authorization", bearer(targets.regulatorToken())), 200);
            case PUT_FORM -> form(sample);
            case PIPELINE -> form(sample).doIf(session -> !session.isFailed()).then(call(http("PUT result")
                    .put(sample + "/result").header("Authorization", bearer(targets.labToken()))
                    .body(StringBody(FAIL_RESULT)).asJson(), 201));
        };
    }

    private ChainBuilder form(String sample) {
        return call(http("PUT form").put(sample).header("Authorization", bearer(targets.inspectorToken()))
                .body(StringBody(session -> targets.forms().form(session.getString(USCC)))).asJson(), 201);
    }

    /** The request, with its latency and whether it got {@code expected} recorded (no response: elapsed time, failed). */
    private ChainBuilder call(HttpRequestActionBuilder request, int expected) {
        return exec(session -> session.set(SENT, System.currentTimeMillis()))
                .exec(request.check(responseTimeInMillis().saveAs(LATENCY), status().saveAs(STATUS),
                        status().is(expected)))
                .exec(session -> {
                    boolean answered = session.contains(STATUS);
                    long latency = answered ? session.getInt(LATENCY) : System.currentTimeMillis() - session.getLong(SENT);
                    int status = answered ? session.getInt(STATUS) : 0;
                    observations.request(session.getLong(ARRIVED), latency, status, status == expected);
                    return session.removeAll(LATENCY, STATUS, SENT);
                });
    }

    private PopulationBuilder inject(ScenarioBuilder users) {
        return switch (phase.load()) {
            case Load.Closed closed -> users.injectClosed(constantConcurrentUsers(closed.users())
                    .during(closed.duration()));
            case Load.Open open -> users.injectOpen(open.rates().stream()
                    .map(rate -> constantUsersPerSec(rate).during(open.level())).toArray(OpenInjectionStep[]::new));
        };
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
