package org.qsp.monitor.alert;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.contracts.monitor.MonitorAlertRaised;
import org.qsp.monitor.MonitorProperties.Severity;
import org.qsp.platform.ids.DerivedIds;
import org.qsp.platform.outbox.OutboxDocument;

/**
 * An alert for the regulators of a region: which rule fired for which subject, and what a regulator did with it.
 * Its id derives from the rule and the subject, so a rule that fires again finds the alert it raised; raising it
 * and storing it are one document write.
 */
@Document(Alert.COLLECTION)
@CompoundIndex(name = "region_state_newest_first", def = "{'region': 1, 'state': 1, 'raisedAt': -1}")
public class Alert extends OutboxDocument {

    public static final String COLLECTION = "alerts";
    public static final String DESCRIPTION = "alert";

    @Id
    private String id;
    private String rule;
    private AlertState state;
    private Severity severity;
    private String region;
    private String uscc;
    private String subject;
    private String title;
    private String detail;
    private Instant raisedAt;
    private Instant acknowledgedAt;
    private String acknowledgedBy;
    private Instant resolvedAt;
    private String resolvedBy;

    private Alert() {
    }

    /** {@code AL-} and 16 characters of Crockford's base 32 derived from the rule and the subject. */
    public static String idOf(String rule, String subject) {
        return "AL-" + DerivedIds.base32(16, rule, subject);
    }

    /** Raises the alert (MonitorAlertRaised). */
    public static Alert raise(String rule, Severity severity, String region, String uscc, String subject, String title,
            String detail, Instant at) {
        Alert alert = new Alert();
        alert.id = idOf(rule, subject);
        alert.rule = rule;
        alert.state = AlertState.OPEN;
        alert.severity = severity;
        alert.region = region;
        alert.uscc = uscc;
        alert.subject = subject;
        alert.title = title;
        alert.detail = detail;
        alert.raisedAt = at;
        alert.raise(new MonitorAlertRaised(alert.id, rule, severity.name(), region, uscc, subject, title, detail, at));
        return alert;
    }

    public void acknowledge(String by, Instant at) {
        state = state.to(AlertState.ACKNOWLEDGED, id);
        acknowledgedAt = at;
        acknowledgedBy = by;
    }

    public void resolve(String by, Instant at) {
        state = state.to(AlertState.RESOLVED, id);
        resolvedAt = at;
        resolvedBy = by;
    }

    public String id() {
        return id;
    }

    public String rule() {
        return rule;
    }

    public AlertState state() {
        return state;
    }

    public Severity severity() {
        return severity;
    }

    public String region() {
        return region;
    }

    public String uscc() {
        return uscc;
    }

    public String subject() {
        return subject;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public String resolvedBy() {
        return resolvedBy;
    }
}
