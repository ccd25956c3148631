package org.qsp.contracts.monitor;

import java.time.Instant;

/**
 * The monitor raised an alert for the regulators of {@code region} (once per rule and subject): a pass rate below its
 * target for a region and month, a task or recall overdue, a complaint cluster, a credit class changed to D, dead
 * letters appearing, a consumer group lagging. {@code uscc} is the enterprise concerned (null for an alert about a
 * region or the platform); {@code subject} is what the rule watched (a sample, task, recall or cluster id, a
 * region-month, a topic); {@code region} is {@code 100000} for platform alerts. No personal data.
 */
public record MonitorAlertRaised(String alertId, String rule, String severity, String region, String uscc,
        String subject, String title, String detail, Instant raisedAt) {
}
