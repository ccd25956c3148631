package org.qsp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;


/**
 * The monitor's alerts of an {@link EdgeWorld}, one in each region: a new enterprise of Hangzhou and one of Nanjing,
 * each moved to credit class D by two safety failures, which raises the class-D alert of its region. New enterprises
 * each time, as an alert is raised once per enterprise and each suite acknowledges and resolves its own.
 */
final class EdgeAlerts {

    private static final String CLASS_D = "credit-class-d";

    /** The class-D alert of a Hangzhou enterprise, and of a Nanjing one (only regulator-cn supervises it). */
    final String hangzhou;
    final String nanjing;

    private final Stack stack;

    EdgeAlerts(Stack stack) {
        this.stack = stack;
        Flow flow = new Flow(stack);
        String hangzhouUscc = flow.newUscc();
        String nanjingUscc = flow.newUscc(EdgeWorld.NANJING);
        for (int i = 0; i < 2; i++) {
            safetyFailure(hangzhouUscc, EdgeWorld.HANGZHOU);
            safetyFailure(nanjingUscc, EdgeWorld.NANJING);
        }
        hangzhou = raised(hangzhouUscc);
        nanjing = raised(nanjingUscc);
    }

    /** A FAIL with a safety-related item: -30 points each, so the second one moves a new enterprise to D. */
    private void safetyFailure(String uscc, String region) {
        String sampleId = UUID.randomUUID().toString();
        Flow flow = new Flow(stack);
        assertThat(flow.putForm(sampleId, uscc, region).status()).isIn(200, 201);
        Api.Response result = Api.put(stack.inspection.uri("/api/inspection/v1/samples/" + sampleId + "/result"),
                stack.token("lab1"), Api.json(Flow.result("FAIL", true)));
        assertThat(result.status()).as(result.raw()).isIn(200, 201);
        Api.Response accepted = flow.accept(sampleId, uscc);
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
    }

    private String raised(String uscc) {
        return await("the class-D alert of " + uscc).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    Api.Response open = Api.get(stack.monitor.uri("/api/monitor/v1/alerts?state=OPEN"),
                            stack.token("regulator-cn"));
                    assertThat(open.status()).as(open.raw()).isEqualTo(200);
                    return open.body().path("alerts").valueStream()
                            .filter(a -> CLASS_D.equals(a.path("rule").asString())
                                    && uscc.equals(a.path("uscc").asString()))
                            .map(a -> a.path("alertId").asString()).findFirst().orElse(null);
                }, id -> id != null);
    }
}
