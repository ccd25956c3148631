package org.qsp.complaint.cases.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.complaint.cases.CaseId;
import org.qsp.complaint.cases.CaseQueries;
import org.qsp.complaint.cases.CaseService;
import org.qsp.complaint.cases.CaseStatus;
import org.qsp.complaint.cases.ComplaintCase;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.InvalidField;
import org.qsp.platform.region.KnownRegion;
import org.qsp.platform.uscc.ValidUscc;
import org.qsp.platform.web.PageResponse;

/** Following and handling cases: the lists of each kind of caller, one case, and the authority's decisions. */
@RestController
@RequestMapping("/api/complaint/v1/cases")
class CaseController {

    private final CaseQueries queries;
    private final CaseService cases;

    CaseController(CaseQueries queries, CaseService cases) {
        this.queries = queries;
        this.cases = cases;
    }

    @GetMapping("/mine")
    @PreAuthorize("hasRole('CONSUMER')")
    PageResponse<CaseViews.FollowerView> mine(@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size, Caller caller) {
        return PageResponse.of(queries.filedBy(caller, page, size), CaseViews.FollowerView::of);
    }

    @GetMapping("/against-me")
    @PreAuthorize("hasRole('ENTERPRISE')")
    PageResponse<CaseViews.RespondentView> againstMe(
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size, Caller caller) {
        return PageResponse.of(queries.against(caller, page, size), CaseViews.RespondentView::of);
    }

    @GetMapping
    @PreAuthorize("hasRole('REGULATOR')")
    PageResponse<CaseViews.RegulatorView> supervised(
            @RequestParam(required = false) @KnownRegion String region,
            @RequestParam(required = false) CaseStatus status, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) @ValidUscc String uscc,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size, Caller caller) {
        return PageResponse.of(queries.supervisedBy(caller, region, status, overdue, uscc, page, size),
                CaseViews.RegulatorView::of);
    }

    @GetMapping("/{caseId}")
    @PreAuthorize("hasAnyRole('CONSUMER', 'ENTERPRISE', 'REGULATOR')")
    Object one(@PathVariable String caseId, Caller caller) {
        return CaseViews.forCaller(queries.visibleTo(caller, new CaseId(caseId)), caller);
    }

    @PostMapping("/{caseId}/decision")
    @PreAuthorize("hasRole('REGULATOR')")
    CaseViews.RegulatorView decide(@PathVariable String caseId, @Valid @RequestBody HandlingRequests.Decision body,
            Caller caller) {
        CaseId id = new CaseId(caseId);
        if (body.decision() == HandlingRequests.Verdict.ACCEPT) {
            if (body.reason() != null || body.note() != null) {
                throw new InvalidField("reason-not-allowed", body.reason() != null ? "reason" : "note",
                        "an acceptance has no reason or note");
            }
            return CaseViews.RegulatorView.of(cases.accept(id, caller));
        }
        if (body.reason() == null) {
            throw new InvalidField("reason-required", "reason", "a rejection names its reason code");
        }
        return CaseViews.RegulatorView.of(cases.reject(id, caller, body.reason(), body.note()));
    }

    @PostMapping("/{caseId}/send-back")
    @PreAuthorize("hasRole('REGULATOR')")
    CaseViews.RegulatorView sendBack(@PathVariable String caseId, @Valid @RequestBody HandlingRequests.SendBack body,
            Caller caller) {
        return CaseViews.RegulatorView.of(cases.sendBack(new CaseId(caseId), caller, body.reason()));
    }

    @PostMapping("/{caseId}/extensions")
    @PreAuthorize("hasRole('REGULATOR')")
    CaseViews.RegulatorView extend(@PathVariable String caseId, @Valid @RequestBody HandlingRequests.Extension body,
            Caller caller) {
        return CaseViews.RegulatorView.of(cases.extend(new CaseId(caseId), caller, body.what(), body.approver(),
                body.reason()));
    }

    @PostMapping("/{caseId}/report-decision")
    @PreAuthorize("hasRole('REGULATOR')")
    CaseViews.RegulatorView decideReport(@PathVariable String caseId,
            @Valid @RequestBody HandlingRequests.ReportDecision body, Caller caller) {
        if (body.substantiated()) {
            requireText(body.violation(), "violation");
            requireText(body.legalBasis(), "legalBasis");
        }
        ComplaintCase decided = cases.decideReport(new CaseId(caseId), caller, body.substantiated(), body.violation(),
                body.legalBasis(), body.penaltyDecided(), body.correctionRequired());
        return CaseViews.RegulatorView.of(decided);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidField("field-required", field, "is required for a substantiated report");
        }
    }
}
