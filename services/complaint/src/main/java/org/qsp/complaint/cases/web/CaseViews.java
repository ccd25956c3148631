package org.qsp.complaint.cases.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.qsp.complaint.cases.CaseKind;
import org.qsp.complaint.cases.CaseStatus;
import org.qsp.complaint.cases.ComplaintCase;
import org.qsp.complaint.cases.Dispatch;
import org.qsp.complaint.cases.Mediation;
import org.qsp.complaint.cases.Notification;
import org.qsp.complaint.cases.Person;
import org.qsp.complaint.cases.ReportHandling;
import org.qsp.complaint.cases.Respondent;
import org.qsp.complaint.cases.TimelineEntry;
import org.qsp.platform.access.Caller;

/**
 * What each kind of caller sees of a case. The regulator handling it sees everything; the consumer who filed it an
 * Open311-like status and its timeline; the respondent enterprise the complaint without any reporter data, and the
 * complainant's contact only once the complainant agreed to mediation.
 */
final class CaseViews {

    private CaseViews() {
    }

    /** The answer of an intake: one per case filed. */
    record Filed(String caseId, CaseStatus status, LocalDate acceptanceDeadline) {

        static Filed of(ComplaintCase c) {
            return new Filed(c.id(), c.status(), c.acceptanceDeadline());
        }
    }

    record FiledBoth(List<Filed> cases) {
    }

    /** The handling authority's view. */
    record RegulatorView(String caseId, CaseKind kind, String linkedCaseId, CaseStatus status, String category,
            Map<String, Object> attributes, Person person, Respondent respondent, String request, String facts,
            String channel, Instant receivedAt, List<String> attachments, String authorityRegion,
            List<Dispatch> dispatches, LocalDate acceptanceDeadline, Instant acceptanceOverdueAt, Instant acceptedAt,
            String rejectionReason, String rejectionNote, MediationDetail mediation, ReportView report,
            List<Notification> notifications, List<TimelineEntry> timeline, Instant updatedAt) {

        static RegulatorView of(ComplaintCase c) {
            return new RegulatorView(c.id(), c.kind(), c.linkedCaseId(), c.status(), c.category(), c.attributes(),
                    c.person(), c.respondent(), c.request(), c.facts(), c.channel().name(), c.receivedAt(),
                    c.attachments(), c.authorityRegion(), c.dispatches(), c.acceptanceDeadline(),
                    c.acceptanceOverdueAt(), c.acceptedAt(),
                    c.rejectionReason() == null ? null : c.rejectionReason().name(), c.rejectionNote(),
                    MediationDetail.of(c.mediation()), ReportView.of(c.report()), c.notifications(), c.timeline(),
                    c.updatedAt());
        }
    }

    /** The filer's view, Open311 GeoReport-like: {@code status} open or closed, with notes and dates. */
    record FollowerView(String caseId, CaseKind kind, String linkedCaseId, String status, CaseStatus caseStatus,
            String statusNotes, Instant requestedAt, Instant updatedAt, LocalDate expectedAt,
            String agencyResponsible, String category, String respondentName, String request,
            List<TimelineEntry> timeline) {

        static FollowerView of(ComplaintCase c) {
            List<TimelineEntry> timeline = c.timeline();
            return new FollowerView(c.id(), c.kind(), c.linkedCaseId(), c.status().isFinal() ? "closed" : "open",
                    c.status(), timeline.isEmpty() ? null : timeline.getLast().note(), c.receivedAt(), c.updatedAt(),
                    c.nextDeadline(), agency(c.authorityRegion()), c.category(), c.respondent().name(), c.request(),
                    timeline);
        }
    }

    /** The respondent's view: never the reporter; the complainant's contact only after consent to mediation. */
    record RespondentView(String caseId, CaseKind kind, CaseStatus status, String category,
            Map<String, Object> attributes, String request, String facts, Instant receivedAt,
            String agencyResponsible, Person complainant, MediationView mediation, Boolean substantiated,
            List<TimelineEntry> timeline) {

        static RespondentView of(ComplaintCase c) {
            boolean complaint = c.kind() == CaseKind.COMPLAINT;
            Person contact = c.complainantContactSharedWithRespondent() ? c.person() : null;
            ReportHandling.Decision decision = c.report() == null ? null : c.report().decision();
            return new RespondentView(c.id(), c.kind(), c.status(), c.category(),
                    complaint ? c.attributes() : Map.of(),
                    complaint ? c.request() : null, complaint ? c.facts() : null, complaint ? c.receivedAt() : null,
                    agency(c.authorityRegion()), contact, complaint ? MediationView.of(c.mediation()) : null,
                    decision == null ? null : decision.substantiated(), complaint ? c.timeline() : List.of());
        }
    }

    record MediationView(Instant complainantConsentedAt, Instant respondentConsentedAt, LocalDate deadline,
            List<Mediation.Statement> statements, String outcome) {

        static MediationView of(Mediation m) {
            return m == null ? null : new MediationView(m.complainantConsentedAt(), m.respondentConsentedAt(),
                    m.deadline(), m.statements(), m.outcome() == null ? null : m.outcome().name());
        }
    }

    /** The mediation as the authority sees it: also pauses, findings and the lead check. */
    record MediationDetail(Instant complainantConsentedAt, Instant respondentConsentedAt, LocalDate deadline,
            String pausedFor, Instant pausedSince, List<Mediation.Statement> statements, String outcome,
            boolean violationFound, Instant concludedAt, LocalDate leadCheckDue) {

        static MediationDetail of(Mediation m) {
            return m == null ? null : new MediationDetail(m.complainantConsentedAt(), m.respondentConsentedAt(),
                    m.deadline(), m.pausedFor() == null ? null : m.pausedFor().name(), m.pausedSince(),
                    m.statements(), m.outcome() == null ? null : m.outcome().name(), m.violationFound(),
                    m.concludedAt(), m.leadCheckDue());
        }
    }

    record ReportView(LocalDate verificationDeadline, LocalDate decisionDeadline,
            ReportHandling.Extended verificationExtension, ReportHandling.Extended decisionExtension,
            ReportHandling.Decision decision) {

        static ReportView of(ReportHandling r) {
            return r == null ? null : new ReportView(r.verificationDeadline(), r.decisionDeadline(),
                    r.verificationExtension(), r.decisionExtension(), r.decision());
        }
    }

    /** The view of {@code GET /cases/{id}} for this caller, who may see the case. */
    static Object forCaller(ComplaintCase c, Caller caller) {
        if (caller.supervises(c.authorityRegion())) {
            return RegulatorView.of(c);
        }
        if (c.isFiledBy(caller)) {
            return FollowerView.of(c);
        }
        return RespondentView.of(c);
    }

    static String agency(String region) {
        return "市场监督管理局（" + region + "）";
    }
}
