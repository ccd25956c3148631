package org.qsp.monitor.event;

import org.springframework.stereotype.Service;
import org.qsp.contracts.EventCatalog;
import org.qsp.monitor.alert.AlertService;
import org.qsp.monitor.enterprise.Enterprises;
import org.qsp.monitor.kpi.KpiService;
import org.qsp.monitor.timeline.Projection;
import org.qsp.monitor.timeline.TimelineEntry;
import org.qsp.monitor.timeline.Timelines;

/**
 * What happens to each event of the monitor's consumer group: its timelines, its enterprise's credit class, its
 * KPI counters, the alert rules. Each step is idempotent, so an event delivered again, or again after a crash
 * between two steps, ends in the same state.
 */
@Service
public class EventIntake {

    private final Projection projection;
    private final Timelines timelines;
    private final Enterprises enterprises;
    private final KpiService kpis;
    private final AlertService alerts;

    public EventIntake(Projection projection, Timelines timelines, Enterprises enterprises, KpiService kpis,
            AlertService alerts) {
        this.projection = projection;
        this.timelines = timelines;
        this.enterprises = enterprises;
        this.kpis = kpis;
        this.alerts = alerts;
    }

    public void observe(ObservedEvent event) {
        TimelineEntry entry = projection.project(event);
        EventFacts facts = EventFacts.of(event);
        if (event.type().equals(EventCatalog.CREDIT_CLASS_CHANGED.type())) {
            facts.uscc().ifPresent(uscc -> enterprises.classChanged(uscc, facts.text("currentClass"),
                    event.payload().path("score").asInt(), facts.instant("changedAt").orElse(event.time())));
        }
        boolean acceptedLate = event.type().equals(EventCatalog.COMPLAINT_CASE_ACCEPTED.type())
                && timelines.has(event.subject(), EventCatalog.COMPLAINT_CASE_ACCEPTANCE_OVERDUE.type());
        kpis.count(event, entry.region(), acceptedLate)
                .ifPresent(month -> alerts.onPassRates(entry.region(), month, kpis.passRates(entry.region(), month)));
        alerts.onEvent(event, entry);
    }
}
