package org.qsp.monitor.kpi.web;

import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.monitor.kpi.KpiReport;
import org.qsp.monitor.kpi.KpiService;
import org.qsp.platform.access.Caller;

/** The KPIs of a region the regulator supervises (its own by default), per month, against the targets. */
@RestController
@RequestMapping("/api/monitor/v1/kpis")
@PreAuthorize("hasRole('REGULATOR')")
class KpiController {

    private static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";

    private final KpiService kpis;

    KpiController(KpiService kpis) {
        this.kpis = kpis;
    }

    @GetMapping
    KpiReport kpis(@RequestParam(required = false) @Pattern(regexp = "\\d{6}") String region,
            @RequestParam(required = false) @Pattern(regexp = MONTH) String from,
            @RequestParam(required = false) @Pattern(regexp = MONTH) String to, Caller caller) {
        return kpis.report(caller, region, from, to);
    }
}
