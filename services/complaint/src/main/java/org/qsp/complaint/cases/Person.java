package org.qsp.complaint.cases;

/**
 * The complainant of a complaint or the named reporter of a report. Personal data: it never leaves the service in an
 * event, a log line or a metric, and the respondent sees a complainant's contact only after the complainant agreed to
 * mediation (a reporter's never).
 */
public record Person(String name, String phone, String address) {
}
