package org.qsp.complaint.cases;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.qsp.platform.access.Caller;
import org.qsp.platform.store.AggregateStore;

/** The use cases of handling a case after intake: one line each, the rules are the case's. */
@Service
public class CaseService {

    private final AggregateStore<ComplaintCase> cases;
    private final CaseDeadlines deadlines;
    private final Clock clock;

    public CaseService(AggregateStore<ComplaintCase> cases, CaseDeadlines deadlines, Clock clock) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public ComplaintCase accept(CaseId id, Caller caller) {
        return cases.update(id.value(), c -> c.accept(caller, clock.instant(), deadlines));
    }

    public ComplaintCase reject(CaseId id, Caller caller, RejectionReason reason, String note) {
        return cases.update(id.value(), c -> c.reject(caller, reason, note, clock.instant()));
    }

    public ComplaintCase sendBack(CaseId id, Caller caller, String reason) {
        return cases.update(id.value(), c -> c.sendBack(caller, reason, clock.instant(), deadlines));
    }

    public ComplaintCase consent(CaseId id, Caller caller) {
        return cases.update(id.value(), c -> c.consentToMediation(caller, clock.instant()));
    }

    public ComplaintCase statement(CaseId id, Caller caller, String text) {
        return cases.update(id.value(), c -> c.addStatement(caller, text, clock.instant()));
    }

    public ComplaintCase pause(CaseId id, Caller caller, Mediation.Pause reason) {
        return cases.update(id.value(), c -> c.pauseMediation(caller, reason, clock.instant()));
    }

    public ComplaintCase resume(CaseId id, Caller caller) {
        return cases.update(id.value(), c -> c.resumeMediation(caller, clock.instant(), deadlines));
    }

    public ComplaintCase conclude(CaseId id, Caller caller, MediationOutcome outcome, boolean violationFound) {
        return cases.update(id.value(),
                c -> c.concludeMediation(caller, outcome, violationFound, clock.instant(), deadlines));
    }

    public ComplaintCase extend(CaseId id, Caller caller, ReportHandling.Extension what, String approver,
            String reason) {
        return cases.update(id.value(), c -> c.extend(caller, what, approver, reason, clock.instant(), deadlines));
    }

    public ComplaintCase decideReport(CaseId id, Caller caller, boolean substantiated, String violation,
            String legalBasis, boolean penaltyDecided, Boolean correctionRequired) {
        Instant now = clock.instant();
        boolean correction = substantiated && (correctionRequired == null || correctionRequired);
        return cases.update(id.value(), c -> c.decideReport(caller, new ReportHandling.Decision(substantiated,
                substantiated ? violation : null, substantiated ? legalBasis : null, substantiated && penaltyDecided,
                correction, now), deadlines));
    }
}
