package org.qsp.rectification.task.web;

import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.platform.access.Caller;
import org.qsp.rectification.task.TaskKpis;

/**
 * The rectification KPIs of a region the regulator supervises (its own by default) over a period of correction
 * deadlines: GET /api/rectification/v1/kpis?region=330100&amp;from=2026-01-01&amp;to=2026-12-31.
 */
@RestController
class KpiController {

    private final TaskKpis kpis;

    KpiController(TaskKpis kpis) {
        this.kpis = kpis;
    }

    @GetMapping("/api/rectification/v1/kpis")
    @PreAuthorize("hasRole('REGULATOR')")
    TaskKpis.Report kpis(@RequestParam(required = false) @Pattern(regexp = "\\d{6}") String region,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Caller caller) {
        return kpis.of(caller, region, from, to);
    }
}
