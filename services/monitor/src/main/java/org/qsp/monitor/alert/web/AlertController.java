package org.qsp.monitor.alert.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.monitor.MonitorProperties;
import org.qsp.monitor.alert.Alert;
import org.qsp.monitor.alert.AlertService;
import org.qsp.monitor.alert.AlertState;
import org.qsp.platform.access.Caller;

/** The alerts of the regulator's regions, their acknowledgement and resolution, and the configured rules. */
@RestController
@RequestMapping("/api/monitor/v1")
@PreAuthorize("hasRole('REGULATOR')")
class AlertController {

    private static final String ALERT_ID = "AL-[0-9A-HJKMNP-TV-Z]{16}";

    private final AlertService alerts;

    AlertController(AlertService alerts) {
        this.alerts = alerts;
    }

    record AlertView(String alertId, String rule, AlertState state, String severity, String region, String uscc,
            String subject, String title, String detail, Instant raisedAt, Instant acknowledgedAt,
            String acknowledgedBy, Instant resolvedAt) {

        static AlertView of(Alert a) {
            return new AlertView(a.id(), a.rule(), a.state(), a.severity().name(), a.region(), a.uscc(), a.subject(),
                    a.title(), a.detail(), a.raisedAt(), a.acknowledgedAt(), a.acknowledgedBy(), a.resolvedAt());
        }
    }

    record AlertList(List<AlertView> alerts) {
    }

    record RuleView(String rule, boolean enabled, String severity, String title, List<String> types, String field,
            String equals) {
    }

    record RuleList(List<RuleView> rules) {
    }

    @GetMapping("/alerts")
    AlertList list(@RequestParam(required = false) AlertState state, Caller caller) {
        return new AlertList(alerts.visibleTo(caller, state).stream().map(AlertView::of).toList());
    }

    @PostMapping("/alerts/{alertId}/acknowledgement")
    AlertView acknowledge(@PathVariable @Pattern(regexp = ALERT_ID) String alertId, Caller caller) {
        return AlertView.of(alerts.acknowledge(alertId, caller));
    }

    @PostMapping("/alerts/{alertId}/resolution")
    AlertView resolve(@PathVariable @Pattern(regexp = ALERT_ID) String alertId, Caller caller) {
        return AlertView.of(alerts.resolve(alertId, caller));
    }

    @GetMapping("/alert-rules")
    RuleList rules() {
        return new RuleList(alerts.rules().entrySet().stream().map(e -> view(e.getKey(), e.getValue())).toList());
    }

    private static RuleView view(String name, MonitorProperties.Rule rule) {
        return new RuleView(name, rule.enabled(), rule.severity().name(), rule.title(), rule.types(), rule.field(),
                rule.equals());
    }
}
