package org.qsp.complaint.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.complaint.category.Categories;
import org.qsp.contracts.complaint.ComplaintCaseAcceptanceOverdue;
import org.qsp.contracts.complaint.ComplaintCaseAccepted;
import org.qsp.contracts.complaint.ComplaintCaseReceived;
import org.qsp.contracts.complaint.ComplaintCaseRejected;
import org.qsp.contracts.complaint.ComplaintMediationConcluded;
import org.qsp.contracts.complaint.ComplaintReportDecided;
import org.qsp.contracts.complaint.ProductMention;
import org.qsp.platform.access.Caller;
import org.qsp.platform.outbox.OutboxDocument;

/**
 * A 12315 case (投诉 or 举报): who filed it, against whom, what about, which authority handles it, and how far it
 * got. Each change and the event it raises are one document write. Complainant and reporter data stay in here: no
 * event carries them, and the respondent's view leaves them out (a complainant's contact is shown to it only after
 * the complainant consented to mediation; a reporter's never).
 */
@Document(ComplaintCase.COLLECTION)
@CompoundIndex(name = "authority_newest_first", def = "{'authorityRegion': 1, 'receivedAt': -1}")
@CompoundIndex(name = "respondent_newest_first", def = "{'respondent.uscc': 1, 'receivedAt': -1}")
@CompoundIndex(name = "filer_newest_first", def = "{'filedBy': 1, 'receivedAt': -1}")
@CompoundIndex(name = "acceptance_by_status", def = "{'status': 1, 'acceptanceDeadline': 1}")
public class ComplaintCase extends OutboxDocument {

    public static final String COLLECTION = "cases";

    @Id
    private String id;
    private CaseKind kind;
    private String linkedCaseId;
    private String fingerprint;
    private String filedBy;
    private Person person;
    private Respondent respondent;
    private String category;
    private Map<String, Object> attributes = new LinkedHashMap<>();
    private String request;
    private String facts;
    private Channel channel;
    private Instant receivedAt;
    private List<String> attachments = new ArrayList<>();
    private String authorityRegion;
    private List<Dispatch> dispatches = new ArrayList<>();
    private CaseStatus status;
    private LocalDate acceptanceDeadline;
    private Instant acceptanceOverdueAt;
    private Instant acceptedAt;
    private RejectionReason rejectionReason;
    private String rejectionNote;
    private Mediation mediation;
    private ReportHandling report;
    private List<Notification> notifications = new ArrayList<>();
    private List<TimelineEntry> timeline = new ArrayList<>();
    private Instant updatedAt;

    private ComplaintCase() {
    }

    /** What a submission says about one case; the service checked every field. */
    public record Filing(CaseKind kind, String linkedCaseId, String fingerprint, String filedBy, Person person,
            Respondent respondent, String category, Map<String, Object> attributes, String request, String facts,
            Channel channel, Instant receivedAt, List<String> attachments) {
    }

    /** Files the case at the authority of the respondent's region (raises ComplaintCaseReceived). */
    public static ComplaintCase file(CaseId id, Filing filing, CaseDeadlines deadlines) {
        ComplaintCase c = new ComplaintCase();
        c.id = id.value();
        c.kind = filing.kind();
        c.linkedCaseId = filing.linkedCaseId();
        c.fingerprint = filing.fingerprint();
        c.filedBy = filing.filedBy();
        c.person = filing.person();
        c.respondent = filing.respondent();
        c.category = filing.category();
        c.attributes = new LinkedHashMap<>(filing.attributes());
        c.request = filing.request();
        c.facts = filing.facts();
        c.channel = filing.channel();
        c.receivedAt = filing.receivedAt();
        c.attachments = new ArrayList<>(filing.attachments());
        c.authorityRegion = filing.respondent().region();
        c.status = CaseStatus.RECEIVED;
        c.acceptanceDeadline = deadlines.acceptance(filing.receivedAt());
        c.log(filing.receivedAt(), "已登记，分送 " + c.authorityRegion + " 市场监管部门");
        var platform = filing.respondent().platform();
        c.raise(new ComplaintCaseReceived(c.id, c.kind.name(), c.linkedCaseId, c.category, c.respondentRef(),
                platform == null ? null : new ComplaintCaseReceived.OnlinePlatform(platform.name(), platform.region()),
                c.product(), c.authorityRegion, c.channel.name(), c.receivedAt, c.acceptanceDeadline));
        return c;
    }

    /** The competent authority accepts the case: a complaint waits for mediation consents, a report is verified. */
    public void accept(Caller caller, Instant at, CaseDeadlines deadlines) {
        requireHandler(caller);
        moveTo(CaseStatus.ACCEPTED, "be accepted");
        acceptedAt = at;
        LocalDate dueBy;
        if (kind == CaseKind.COMPLAINT) {
            mediation = new Mediation(deadlines.mediation(at));
            dueBy = mediation.deadline;
            log(at, "已受理，等待双方同意调解");
        } else {
            report = new ReportHandling(deadlines.verification(at), deadlines.decision(at));
            dueBy = report.verificationDeadline;
            log(at, "已受理，核查线索");
        }
        raise(new ComplaintCaseAccepted(id, kind.name(), category, respondentRef(), authorityRegion, at, dueBy));
    }

    /** The authority does not accept the case, with a reason code (OTHER needs a note). */
    public void reject(Caller caller, RejectionReason reason, String note, Instant at) {
        requireHandler(caller);
        if (reason == RejectionReason.OTHER && (note == null || note.isBlank())) {
            throw CaseErrors.rejected("note-required", "a rejection for OTHER reasons needs a note");
        }
        moveTo(CaseStatus.REJECTED, "be rejected");
        rejectionReason = reason;
        rejectionNote = note;
        log(at, "不予受理：" + reason.name());
        raise(new ComplaintCaseRejected(id, kind.name(), category, respondentRef(), authorityRegion, reason.name(), at));
    }

    /**
     * The authority is not competent and sends the case back: it goes to the platform's region for an online seller
     * when that was not tried yet, else to the city authority above the respondent's county. The 7 working days
     * start again at the authority that receives it.
     */
    public void sendBack(Caller caller, String reason, Instant at, CaseDeadlines deadlines) {
        requireHandler(caller);
        if (status != CaseStatus.RECEIVED) {
            throw CaseErrors.illegal(id, status, "be sent back");
        }
        String next = nextAuthority();
        if (next == null) {
            throw CaseErrors.rejected("no-other-authority",
                    "case " + id + " has been at every authority it can go to; accept or reject it");
        }
        dispatches.add(new Dispatch(authorityRegion, reason, at, next));
        authorityRegion = next;
        acceptanceDeadline = deadlines.acceptance(at);
        acceptanceOverdueAt = null;
        log(at, "退回重新分送 " + next + " 市场监管部门");
    }

    /** Marks the case once when today is after its acceptance deadline and it is still undecided. */
    public void markAcceptanceOverdueIfLate(LocalDate today, Instant now) {
        if (status != CaseStatus.RECEIVED || acceptanceOverdueAt != null || !today.isAfter(acceptanceDeadline)) {
            return;
        }
        acceptanceOverdueAt = now;
        raise(new ComplaintCaseAcceptanceOverdue(id, kind.name(), respondentRef(), authorityRegion,
                acceptanceDeadline, now));
    }

    /** The complainant (its filer) or the respondent enterprise agrees to mediation; both → MEDIATING. */
    public void consentToMediation(Caller caller, Instant at) {
        requireComplaint("be mediated");
        Mediation.Party party = partyOf(caller);
        if (status != CaseStatus.ACCEPTED && status != CaseStatus.MEDIATING) {
            throw CaseErrors.illegal(id, status, "take consent to mediation");
        }
        if (party == Mediation.Party.COMPLAINANT && mediation.complainantConsentedAt == null) {
            mediation.complainantConsentedAt = at;
        } else if (party == Mediation.Party.RESPONDENT && mediation.respondentConsentedAt == null) {
            mediation.respondentConsentedAt = at;
        } else {
            return;
        }
        if (mediation.bothConsented()) {
            moveTo(CaseStatus.MEDIATING, "be mediated");
            log(at, "双方同意调解，调解开始");
        }
    }

    /** A party says something in the mediation (the respondent answers the complaint). */
    public void addStatement(Caller caller, String text, Instant at) {
        requireComplaint("take mediation statements");
        Mediation.Party party = partyOf(caller);
        if (status != CaseStatus.MEDIATING) {
            throw CaseErrors.illegal(id, status, "take mediation statements");
        }
        mediation.statements.add(new Mediation.Statement(party, text, at));
    }

    /** Testing pauses the mediation clock; recusal suspends it. */
    public void pauseMediation(Caller caller, Mediation.Pause reason, Instant at) {
        requireHandler(caller);
        requireMediating("be paused");
        if (mediation.pausedSince != null) {
            return;
        }
        mediation.pausedFor = reason;
        mediation.pausedSince = at;
        log(at, reason == Mediation.Pause.TESTING ? "检测鉴定中，调解期限暂停" : "调解人回避，调解中止");
    }

    /** The clock runs again; the deadline moves by the working days of the pause. */
    public void resumeMediation(Caller caller, Instant at, CaseDeadlines deadlines) {
        requireHandler(caller);
        requireMediating("be resumed");
        if (mediation.pausedSince == null) {
            return;
        }
        mediation.deadline = deadlines.mediationAfterPause(mediation.deadline, mediation.pausedSince, at);
        mediation.pausedFor = null;
        mediation.pausedSince = null;
        log(at, "调解恢复，期限至 " + mediation.deadline);
    }

    /**
     * Ends the mediation with a termination code; both parties are to be told within 7 working days, and a violation
     * found opens a lead check within 15 working days.
     */
    public void concludeMediation(Caller caller, MediationOutcome outcome, boolean violationFound, Instant at,
            CaseDeadlines deadlines) {
        requireHandler(caller);
        requireComplaint("conclude a mediation");
        if (outcome == MediationOutcome.SETTLED && status != CaseStatus.MEDIATING) {
            throw CaseErrors.rejected("not-mediating", "a settlement needs a mediation both parties agreed to");
        }
        moveTo(CaseStatus.MEDIATION_ENDED, "conclude a mediation");
        mediation.outcome = outcome;
        mediation.violationFound = violationFound;
        mediation.concludedAt = at;
        mediation.pausedSince = null;
        mediation.pausedFor = null;
        LocalDate tellBy = deadlines.notification(at);
        notifications.add(new Notification(Notification.Party.COMPLAINANT, Notification.Subject.MEDIATION_CONCLUDED,
                tellBy, at));
        notifications.add(new Notification(Notification.Party.RESPONDENT, Notification.Subject.MEDIATION_CONCLUDED,
                tellBy, at));
        if (violationFound) {
            mediation.leadCheckDue = deadlines.leadCheck(at);
        }
        log(at, "调解终止：" + outcome.name());
        raise(new ComplaintMediationConcluded(id, category, respondentRef(), authorityRegion, outcome.name(),
                outcome == MediationOutcome.SETTLED, violationFound, at));
    }

    /** Extends verification (+15 working days) or the decision (+30 days) of a report, once each. */
    public void extend(Caller caller, ReportHandling.Extension what, String approver, String reason, Instant at,
            CaseDeadlines deadlines) {
        requireHandler(caller);
        requireReport("be extended");
        if (status != CaseStatus.ACCEPTED) {
            throw CaseErrors.illegal(id, status, "be extended");
        }
        ReportHandling.Extended extension = new ReportHandling.Extended(approver, reason, at);
        if (what == ReportHandling.Extension.VERIFICATION) {
            if (report.verificationExtension != null) {
                throw CaseErrors.rejected("already-extended", "verification of case " + id + " was extended already");
            }
            report.verificationExtension = extension;
            report.verificationDeadline = deadlines.verificationExtended(report.verificationDeadline);
            log(at, "核查期限延长至 " + report.verificationDeadline);
        } else {
            if (report.decisionExtension != null) {
                throw CaseErrors.rejected("already-extended", "the decision on case " + id + " was extended already");
            }
            report.decisionExtension = extension;
            report.decisionDeadline = deadlines.decisionExtended(report.decisionDeadline);
            log(at, "办结期限延长至 " + report.decisionDeadline);
        }
    }

    /** Decides a report; a named reporter is to be told within 5 working days. */
    public void decideReport(Caller caller, ReportHandling.Decision decision, CaseDeadlines deadlines) {
        requireHandler(caller);
        requireReport("be decided as a report");
        if (decision.substantiated() && respondent.uscc() == null) {
            throw CaseErrors.rejected("respondent-uscc-required",
                    "a substantiated report needs the respondent's USCC (credit and rectification key on it)");
        }
        moveTo(CaseStatus.REPORT_DECIDED, "be decided");
        report.decision = decision;
        if (person != null) {
            notifications.add(new Notification(Notification.Party.REPORTER, Notification.Subject.REPORT_DECIDED,
                    deadlines.reporterNotification(decision.decidedAt()), decision.decidedAt()));
        }
        log(decision.decidedAt(), decision.substantiated() ? "举报属实，已立案处理" : "举报不属实");
        raise(new ComplaintReportDecided(id, category, respondentRef(), product(), authorityRegion,
                decision.substantiated(), decision.violation(), decision.legalBasis(), decision.penaltyDecided(),
                decision.correctionRequired(), decision.decidedAt()));
    }

    /** The filer, the respondent enterprise, or a regulator whose authority covers the handling authority. */
    public boolean isVisibleTo(Caller caller) {
        return isFiledBy(caller) || isRespondent(caller) || caller.supervises(authorityRegion);
    }

    public boolean isFiledBy(Caller caller) {
        return filedBy != null && caller.has(org.qsp.platform.access.Role.CONSUMER) && filedBy.equals(caller.subject());
    }

    public boolean isRespondent(Caller caller) {
        return respondent.uscc() != null && caller.isEnterprise(respondent.uscc());
    }

    /** Whether the respondent may see the complainant's contact: a complaint whose complainant agreed to mediate. */
    public boolean complainantContactSharedWithRespondent() {
        return kind == CaseKind.COMPLAINT && mediation != null && mediation.complainantConsentedAt != null;
    }

    /** The next deadline that runs, for followers ({@code expectedAt}). */
    public LocalDate nextDeadline() {
        return switch (status) {
            case RECEIVED -> acceptanceDeadline;
            case ACCEPTED, MEDIATING -> kind == CaseKind.COMPLAINT ? mediation.deadline : report.decisionDeadline;
            default -> null;
        };
    }

    public org.qsp.contracts.complaint.Respondent respondentRef() {
        return new org.qsp.contracts.complaint.Respondent(respondent.uscc(), respondent.name(), respondent.region());
    }

    public ProductMention product() {
        return new ProductMention(text(Categories.PRODUCT_NAME), text(Categories.BRAND), text(Categories.MODEL));
    }

    private String text(String attribute) {
        Object value = attributes.get(attribute);
        return value == null ? null : value.toString();
    }

    private String nextAuthority() {
        List<String> tried = new ArrayList<>(dispatches.stream().map(Dispatch::fromRegion).toList());
        tried.add(authorityRegion);
        List<String> candidates = new ArrayList<>();
        candidates.add(respondent.region());
        if (respondent.platform() != null) {
            candidates.add(respondent.platform().region());
        }
        candidates.add(respondent.region().substring(0, 4) + "00");
        return candidates.stream().filter(c -> !tried.contains(c)).findFirst().orElse(null);
    }

    private Mediation.Party partyOf(Caller caller) {
        if (isFiledBy(caller)) {
            return Mediation.Party.COMPLAINANT;
        }
        if (isRespondent(caller)) {
            return Mediation.Party.RESPONDENT;
        }
        throw CaseErrors.notYours(id);
    }

    private void requireHandler(Caller caller) {
        if (!caller.supervises(authorityRegion)) {
            throw CaseErrors.notYours(id);
        }
    }

    private void requireComplaint(String action) {
        if (kind != CaseKind.COMPLAINT) {
            throw CaseErrors.wrongProcedure(id, kind, action);
        }
    }

    private void requireReport(String action) {
        if (kind != CaseKind.REPORT) {
            throw CaseErrors.wrongProcedure(id, kind, action);
        }
    }

    private void requireMediating(String action) {
        requireComplaint(action);
        if (status != CaseStatus.MEDIATING) {
            throw CaseErrors.illegal(id, status, action);
        }
    }

    private void moveTo(CaseStatus target, String action) {
        if (!status.canBecome(target)) {
            throw CaseErrors.illegal(id, status, action);
        }
        status = target;
    }

    private void log(Instant at, String note) {
        timeline.add(new TimelineEntry(at, status, note));
        updatedAt = at;
    }

    public String id() {
        return id;
    }

    public CaseKind kind() {
        return kind;
    }

    public String linkedCaseId() {
        return linkedCaseId;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public String filedBy() {
        return filedBy;
    }

    public Person person() {
        return person;
    }

    public Respondent respondent() {
        return respondent;
    }

    public String category() {
        return category;
    }

    public Map<String, Object> attributes() {
        return Map.copyOf(attributes);
    }

    public String request() {
        return request;
    }

    public String facts() {
        return facts;
    }

    public Channel channel() {
        return channel;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public List<String> attachments() {
        return List.copyOf(attachments);
    }

    public String authorityRegion() {
        return authorityRegion;
    }

    public List<Dispatch> dispatches() {
        return List.copyOf(dispatches);
    }

    public CaseStatus status() {
        return status;
    }

    public LocalDate acceptanceDeadline() {
        return acceptanceDeadline;
    }

    public Instant acceptanceOverdueAt() {
        return acceptanceOverdueAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public RejectionReason rejectionReason() {
        return rejectionReason;
    }

    public String rejectionNote() {
        return rejectionNote;
    }

    public Mediation mediation() {
        return mediation;
    }

    public ReportHandling report() {
        return report;
    }

    public List<Notification> notifications() {
        return List.copyOf(notifications);
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
