package org.qsp.complaint.cases.web;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.complaint.cases.CaseId;
import org.qsp.complaint.cases.CaseService;
import org.qsp.complaint.cases.ComplaintCase;
import org.qsp.platform.access.Caller;

/** Mediation of a complaint: the parties consent and speak, the authority pauses, resumes and concludes it. */
@RestController
@RequestMapping("/api/complaint/v1/cases/{caseId}/mediation")
class MediationController {

    private final CaseService cases;

    MediationController(CaseService cases) {
        this.cases = cases;
    }

    /** The complainant or the respondent agrees to mediation (idempotent). */
    @PostMapping("/consent")
    @PreAuthorize("hasAnyRole('CONSUMER', 'ENTERPRISE')")
    Object consent(@PathVariable String caseId, Caller caller) {
        return view(cases.consent(new CaseId(caseId), caller), caller);
    }

    @PostMapping("/statements")
    @PreAuthorize("hasAnyRole('CONSUMER', 'ENTERPRISE')")
    Object statement(@PathVariable String caseId, @Valid @RequestBody HandlingRequests.Statement body,
            Caller caller) {
        return view(cases.statement(new CaseId(caseId), caller, body.text()), caller);
    }

    @PostMapping("/pause")
    @PreAuthorize("hasRole('REGULATOR')")
    Object pause(@PathVariable String caseId, @Valid @RequestBody HandlingRequests.Pause body, Caller caller) {
        return CaseViews.RegulatorView.of(cases.pause(new CaseId(caseId), caller, body.reason()));
    }

    @PostMapping("/resume")
    @PreAuthorize("hasRole('REGULATOR')")
    Object resume(@PathVariable String caseId, Caller caller) {
        return CaseViews.RegulatorView.of(cases.resume(new CaseId(caseId), caller));
    }

    @PostMapping("/conclusion")
    @PreAuthorize("hasRole('REGULATOR')")
    Object conclude(@PathVariable String caseId, @Valid @RequestBody HandlingRequests.Conclusion body,
            Caller caller) {
        return CaseViews.RegulatorView.of(cases.conclude(new CaseId(caseId), caller, body.outcome(),
                Boolean.TRUE.equals(body.violationFound())));
    }

    private static Object view(ComplaintCase c, Caller caller) {
        return CaseViews.forCaller(c, caller);
    }
}
