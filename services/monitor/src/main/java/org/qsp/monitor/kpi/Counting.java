package org.qsp.monitor.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.qsp.contracts.EventCatalog;
import org.qsp.monitor.event.EventFacts;
import org.qsp.monitor.event.ObservedEvent;

/**
 * Which counters an event adds to, and in which month (the month of the business time it carries, in the
 * configured zone): a sample's verdict counts when it was concluded, a task's deadline in the month it falls in,
 * a complaint when received, accepted or concluded, a recall when initiated, completed or overdue. A sample's
 * verdict counts under its product class; a risk-monitoring sample counts towards no pass rate.
 */
public final class Counting {

    public static final String TESTED = "tested";
    public static final String PASSED = "passed";
    static final String RISK_MONITORING = "RISK_MONITORING";

    /** Where an event counts: the month and the increments; none for events no KPI counts. */
    public record Increments(YearMonth month, Map<String, Long> counters) {
    }

    private Counting() {
    }

    /**
     * @param acceptedLate for a case acceptance: whether the case went past its acceptance deadline before
     */
    public static Optional<Increments> of(ObservedEvent event, ZoneId zone, boolean acceptedLate) {
        EventFacts facts = EventFacts.of(event);
        String type = event.type();
        Map<String, Long> counters = new LinkedHashMap<>();
        Optional<YearMonth> month;
        if (type.equals(EventCatalog.SAMPLE_PASSED.type()) || type.equals(EventCatalog.SAMPLE_FAILED.type())) {
            if (RISK_MONITORING.equals(facts.text("samplingType"))) {
                // risk monitoring samples where risks are suspected: not a measure of quality, no pass rate
                return Optional.empty();
            }
            String product = facts.productType();
            counters.put("sampling." + product + "." + TESTED, 1L);
            boolean passed = type.equals(EventCatalog.SAMPLE_PASSED.type());
            counters.put("sampling." + product + "." + (passed ? PASSED : "failed"), 1L);
            month = at(facts.instant("concludedAt"), event, zone);
        } else if (type.equals(EventCatalog.RECTIFICATION_TASK_OPENED.type())) {
            counters.put("rectification.due", 1L);
            month = facts.date("correctionDeadline").map(YearMonth::from);
        } else if (type.equals(EventCatalog.RECTIFICATION_TASK_OVERDUE.type())) {
            counters.put("rectification.overdue", 1L);
            month = facts.date("correctionDeadline").map(YearMonth::from);
        } else if (type.equals(EventCatalog.COMPLAINT_CASE_RECEIVED.type())) {
            counters.put("complaints.received", 1L);
            month = at(facts.instant("receivedAt"), event, zone);
        } else if (type.equals(EventCatalog.COMPLAINT_CASE_ACCEPTED.type())) {
            counters.put("complaints.accepted", 1L);
            if (!acceptedLate) {
                counters.put("complaints.acceptedWithin7WorkingDays", 1L);
            }
            month = at(facts.instant("acceptedAt"), event, zone);
        } else if (type.equals(EventCatalog.COMPLAINT_MEDIATION_CONCLUDED.type())) {
            counters.put("complaints.mediationConcluded", 1L);
            if (facts.flag("agreementReached")) {
                counters.put("complaints.mediationSucceeded", 1L);
            }
            month = at(facts.instant("concludedAt"), event, zone);
        } else if (type.equals(EventCatalog.RECALL_INITIATED.type())) {
            counters.put("recalls.open", 1L);
            month = at(facts.instant("initiatedAt"), event, zone);
        } else if (type.equals(EventCatalog.RECALL_COMPLETED.type())) {
            counters.put("recalls.completed", 1L);
            month = at(facts.instant("completedAt"), event, zone);
        } else if (type.equals(EventCatalog.RECALL_OVERDUE.type())) {
            counters.put("recalls.overdue", 1L);
            month = at(facts.instant("detectedAt"), event, zone);
        } else {
            return Optional.empty();
        }
        return month.map(m -> new Increments(m, Map.copyOf(counters)));
    }

    private static Optional<YearMonth> at(Optional<Instant> time, ObservedEvent event, ZoneId zone) {
        Instant at = time.orElse(event.time());
        return Optional.of(YearMonth.from(LocalDate.ofInstant(at, zone)));
    }
}
