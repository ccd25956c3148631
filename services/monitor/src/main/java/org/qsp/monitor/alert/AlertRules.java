package org.qsp.monitor.alert;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.qsp.monitor.MonitorProperties.Rule;
import org.qsp.monitor.event.EventFacts;
import org.qsp.monitor.event.ObservedEvent;
import org.qsp.monitor.kpi.KpiReport;

/** Which configured rules fire: on an event, and on the pass rates of a region and month. */
public final class AlertRules {

    private AlertRules() {
    }

    /** The names of the enabled rules that watch the event's type and whose field condition (if any) it meets. */
    public static List<String> firingOn(Map<String, Rule> rules, ObservedEvent event) {
        EventFacts facts = EventFacts.of(event);
        return rules.entrySet().stream()
                .filter(e -> e.getValue().enabled() && e.getValue().types().contains(event.type()))
                .filter(e -> e.getValue().field() == null
                        || Objects.equals(e.getValue().equals(), facts.text(e.getValue().field())))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** The product types whose pass rate is below their target, once at least {@code minimum} were tested. */
    public static List<KpiReport.ByType> belowTarget(List<KpiReport.ByType> rates, int minimum) {
        return rates.stream().filter(r -> r.target() != null && r.passRate() != null && r.tested() >= minimum
                && r.passRate().compareTo(r.target()) < 0).toList();
    }
}
