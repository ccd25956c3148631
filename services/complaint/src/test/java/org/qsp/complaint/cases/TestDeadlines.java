package org.qsp.complaint.cases;

import java.time.Duration;

import org.qsp.complaint.ComplaintProperties;
import org.qsp.platform.test.TestCalendars;

/** The service's deadlines on the shipped calendar of 2025 and 2026, in Shanghai time, with the default rules. */
final class TestDeadlines {

    static final ComplaintProperties RULES = new ComplaintProperties(7, 45, 7, 15, 15, 15, 90, 30, 5,
            Duration.ofMinutes(1), 30, 10, new ComplaintProperties.Cluster(5, Duration.ofDays(30)));

    private TestDeadlines() {
    }

    static CaseDeadlines shipped() {
        return new CaseDeadlines(TestCalendars.deadlines(), RULES);
    }
}
