package org.qsp.recall.recalls.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.InvalidField;
import org.qsp.platform.region.KnownRegion;
import org.qsp.platform.uscc.ValidUscc;
import org.qsp.platform.web.IdempotencyKeys;
import org.qsp.platform.web.PageResponse;
import org.qsp.recall.recalls.RecallId;
import org.qsp.recall.recalls.RecallKind;
import org.qsp.recall.recalls.RecallSearch;
import org.qsp.recall.recalls.RecallService;
import org.qsp.recall.recalls.RecallStatus;
import org.qsp.recall.recalls.Review;

/**
 * Recalls, for their producer (file a voluntary one, the plan of an ordered one, progress, the summary) and for the
 * regulators of their region (review the plan, close the recall). Both read the list and one recall.
 */
@RestController
@RequestMapping("/api/recall/v1/recalls")
class RecallController {

    private final RecallService recalls;

    RecallController(RecallService recalls) {
        this.recalls = recalls;
    }

    @PostMapping
    @PreAuthorize("hasRole('ENTERPRISE')")
    @ResponseStatus(HttpStatus.CREATED)
    RecallView file(@RequestHeader(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @RequestBody PlanBody body, Caller caller) {
        return RecallView.of(recalls.file(caller, IdempotencyKeys.checked(idempotencyKey), body.investigationId(),
                body.plan()));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'REGULATOR')")
    PageResponse<RecallView> list(@RequestParam(required = false) @KnownRegion String region,
            @RequestParam(required = false) @ValidUscc String uscc,
            @RequestParam(required = false) RecallStatus status, @RequestParam(required = false) RecallKind kind,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size, Caller caller) {
        return PageResponse.of(recalls.visibleTo(caller, region,
                new RecallSearch.Filter(null, uscc, status, kind, overdue), page, size), RecallView::of);
    }

    @GetMapping("/{recallId}")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'REGULATOR')")
    RecallView one(@PathVariable String recallId, Caller caller) {
        return RecallView.of(recalls.visibleTo(caller, new RecallId(recallId)));
    }

    @PutMapping("/{recallId}/plan")
    @PreAuthorize("hasRole('ENTERPRISE')")
    RecallView plan(@PathVariable String recallId, @Valid @RequestBody PlanBody body, Caller caller) {
        if (body.investigationId() != null) {
            throw new InvalidField("investigation-not-allowed", "investigationId",
                    "the plan of a recall that exists names no investigation (its recall is in the path)");
        }
        return RecallView.of(recalls.submitPlan(new RecallId(recallId), caller, body.plan()));
    }

    @PostMapping("/{recallId}/review")
    @PreAuthorize("hasRole('REGULATOR')")
    RecallView review(@PathVariable String recallId, @Valid @RequestBody RecallRequests.Decision body,
            Caller caller) {
        boolean changes = body.decision() == Review.Decision.REQUEST_CHANGES;
        if (changes && (body.notes() == null || body.notes().isBlank())) {
            throw new InvalidField("notes-required", "notes", "a request for changes says what to change");
        }
        if (!changes && body.notes() != null) {
            throw new InvalidField("notes-not-allowed", "notes", "an acceptance has no notes");
        }
        return RecallView.of(recalls.review(new RecallId(recallId), caller, body.decision(), body.notes()));
    }

    @PutMapping("/{recallId}/progress-reports/{number}")
    @PreAuthorize("hasRole('ENTERPRISE')")
    RecallView progress(@PathVariable String recallId, @PathVariable int number,
            @Valid @RequestBody RecallRequests.Progress body, Caller caller) {
        if (number < 1 || number > 10_000) {
            throw new InvalidField("invalid-report-number", "number", "progress reports are numbered from 1");
        }
        return RecallView.of(recalls.reportProgress(new RecallId(recallId), caller, number, body.units(),
                body.note()));
    }

    @PutMapping("/{recallId}/summary")
    @PreAuthorize("hasRole('ENTERPRISE')")
    RecallView summary(@PathVariable String recallId, @Valid @RequestBody RecallRequests.SummaryBody body,
            Caller caller) {
        return RecallView.of(recalls.submitSummary(new RecallId(recallId), caller, body.units(), body.measures(),
                body.disposal()));
    }

    @PostMapping("/{recallId}/closure")
    @PreAuthorize("hasRole('REGULATOR')")
    RecallView close(@PathVariable String recallId, @Valid @RequestBody RecallRequests.Closing body, Caller caller) {
        return RecallView.of(recalls.close(new RecallId(recallId), caller, body.outcome(), body.reason()));
    }
}
