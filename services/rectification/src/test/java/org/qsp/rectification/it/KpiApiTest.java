package org.qsp.rectification.it;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.qsp.contracts.inspection.RecheckConcluded;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;
import org.qsp.rectification.task.OverdueCheck;
import org.qsp.rectification.task.RecheckSchedule;

/**
 * GET /api/rectification/v1/kpis (issue 11, rectification item 6; ADR 0024), summed in the store over the tasks whose
 * correction deadline falls in the period. Fujian's regions, which no other test uses: a Fuzhou task closed on time,
 * a Xiamen task whose re-check failed, and a Xiamen task due after the period.
 */
class KpiApiTest extends RectificationIntegrationTest {

    @Autowired
    OverdueCheck overdueCheck;
    @Autowired
    RecheckSchedule recheckSchedule;

    @Test
    void the_kpis_count_due_closed_on_time_overdue_and_days_to_close_per_region_and_child() throws Exception {
        kit.clock().set(START);
        String fuzhou = TestUsccs.valid("350102");
        String xiamen = TestUsccs.valid("350203");
        String closed = openTask("S-KPI-" + UUID.randomUUID(), fuzhou, "350102");
        String failed = openTask("S-KPI-" + UUID.randomUUID(), xiamen, "350203");
        String later = openTask(Samples.failed("S-KPI-" + UUID.randomUUID(), xiamen, "350203",
                at("2026-09-01T02:00:00Z")));
        kit.clock().set(at("2026-05-08T02:00:00Z"));
        overdueCheck.run();
        recheckSchedule.run();
        awaitPublished(closed);
        awaitPublished(failed);
        service.conclude(new RecheckConcluded(closed, 1, "TK-K1", "S-KPI-R-" + closed, fuzhou, "350102", "PASS",
                "ACCEPTED", at("2026-05-12T02:00:00Z")));
        service.conclude(new RecheckConcluded(failed, 1, "TK-K2", "S-KPI-R-" + failed, xiamen, "350203", "FAIL",
                "ACCEPTED", at("2026-05-12T02:00:00Z")));
        awaitPublished(closed);
        awaitPublished(failed);
        awaitPublished(later);

        mvc.perform(get("/api/rectification/v1/kpis?region=350000&from=2026-01-01&to=2026-06-30")
                        .with(Tokens.regulator("r-fj", "350000")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.region").value("350000"))
                .andExpect(jsonPath("$.due").value(2))
                .andExpect(jsonPath("$.closedOnTime").value(1))
                .andExpect(jsonPath("$.completionRate").value(0.5))
                .andExpect(jsonPath("$.overdue").value(2))
                .andExpect(jsonPath("$.closed").value(1))
                // ordered 2 March 08:00Z, closed 12 May 02:00Z: 70 whole days
                .andExpect(jsonPath("$.averageDaysToClose").value(70.0))
                .andExpect(jsonPath("$.children[0].region").value("350100"))
                .andExpect(jsonPath("$.children[0].due").value(1))
                .andExpect(jsonPath("$.children[0].completionRate").value(1.0))
                .andExpect(jsonPath("$.children[1].region").value("350200"))
                .andExpect(jsonPath("$.children[1].due").value(1))
                .andExpect(jsonPath("$.children[1].closedOnTime").value(0))
                .andExpect(jsonPath("$.children.length()").value(2));

        // no period: the current year (the test clock's, 2026)
        mvc.perform(get("/api/rectification/v1/kpis").with(Tokens.regulator("r-xm", "350200")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.region").value("350200"))
                .andExpect(jsonPath("$.from").value("2026-01-01"))
                .andExpect(jsonPath("$.to").value("2026-12-31"))
                .andExpect(jsonPath("$.due").value(2))
                .andExpect(jsonPath("$.closedOnTime").value(0))
                .andExpect(jsonPath("$.completionRate").value(0.0))
                .andExpect(jsonPath("$.averageDaysToClose").doesNotExist())
                .andExpect(jsonPath("$.children[0].region").value("350203"));

        mvc.perform(get("/api/rectification/v1/kpis?region=350000&from=2026-01-01&to=2026-12-31")
                        .with(Tokens.regulator("r-xm", "350200")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("region-not-supervised"));
    }
}
