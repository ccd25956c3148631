package org.qsp.monitor.alert;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.qsp.monitor.MonitorProperties;
import org.qsp.monitor.MonitorProperties.Rule;
import org.qsp.monitor.event.EventFacts;
import org.qsp.monitor.event.ObservedEvent;
import org.qsp.monitor.kpi.KpiReport;
import org.qsp.monitor.timeline.TimelineEntry;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.region.Regions;
import org.qsp.platform.store.AggregateStore;

/**
 * Raises alerts when a configured rule fires (once per rule and subject, however often it fires), and lets the
 * regulators of an alert's region list, acknowledge and resolve it. Rules on events name the types they watch
 * (and optionally a payload field's value); the pass-rate rule watches the KPI counters; the dead-letter and
 * consumer-lag rules watch the broker (OperationsService).
 */
@Service
public class AlertService {

    public static final String PASS_RATE = "pass-rate-below-target";
    public static final String DEAD_LETTERS = "dead-letters";
    public static final String CONSUMER_LAG = "consumer-lag";
    public static final int MAX_LISTED = 500;

    private final AggregateStore<Alert> alerts;
    private final AlertSearch search;
    private final MonitorProperties.Alerts properties;
    private final Clock clock;

    public AlertService(AggregateStore<Alert> alerts, AlertSearch search, MonitorProperties properties, Clock clock) {
        this.alerts = alerts;
        this.search = search;
        this.properties = properties.alerts();
        this.clock = clock;
    }

    /** The rules that watch events of the entry's type and match its payload. */
    public void onEvent(ObservedEvent event, TimelineEntry entry) {
        EventFacts facts = EventFacts.of(event);
        properties.rules().forEach((name, rule) -> {
            if (rule.enabled() && rule.types().contains(event.type())
                    && (rule.field() == null || Objects.equals(rule.equals(), facts.text(rule.field())))) {
                raise(name, rule, entry.region(), entry.uscc(), event.subject(), entry.summary());
            }
        });
    }

    /** The pass-rate rule, on the counters of a region and month that a sample verdict just changed. */
    public void onPassRates(String region, YearMonth month, List<KpiReport.ByType> rates) {
        properties.rule(PASS_RATE).ifPresent(rule -> rates.stream()
                .filter(r -> r.target() != null && r.passRate() != null && r.tested() >= properties.passRateMinimum()
                        && r.passRate().compareTo(r.target()) < 0)
                .forEach(r -> raise(PASS_RATE, rule, region, null, region + ":" + month + ":" + r.productType(),
                        r.productType() + " 抽检合格率 " + r.passRate() + "（" + r.passed() + "/" + r.tested()
                                + "），低于目标 " + r.target())));
    }

    /** A rule on the platform itself (dead letters, consumer lag): for the national level and the operators. */
    public void onPlatform(String ruleName, String subject, String detail) {
        properties.rule(ruleName).ifPresent(rule -> raise(ruleName, rule, Regions.NATIONAL, null, subject, detail));
    }

    public List<Alert> visibleTo(Caller caller, AlertState state) {
        return search.under(caller.supervisedPrefix(), state, MAX_LISTED);
    }

    public Alert acknowledge(String id, Caller caller) {
        requireVisible(id, caller);
        return alerts.update(id, a -> a.acknowledge(caller.subject(), clock.instant()));
    }

    public Alert resolve(String id, Caller caller) {
        requireVisible(id, caller);
        return alerts.update(id, a -> a.resolve(caller.subject(), clock.instant()));
    }

    /** The configured rules by name. */
    public Map<String, Rule> rules() {
        return new TreeMap<>(properties.rules());
    }

    private void requireVisible(String id, Caller caller) {
        alerts.find(id).filter(a -> caller.supervises(a.region()))
                .orElseThrow(() -> new NotFound(Alert.DESCRIPTION, id));
    }

    private void raise(String name, Rule rule, String region, String uscc, String subject, String detail) {
        if (subject == null) {
            return;
        }
        String where = region == null ? Regions.NATIONAL : region;
        alerts.insertIfAbsent(Alert.raise(name, rule.severity(), where, uscc, subject, rule.title(),
                detail == null ? "" : detail, clock.instant()));
    }
}
