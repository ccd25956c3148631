package org.qsp.recall.investigation.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.platform.access.Caller;
import org.qsp.platform.region.KnownRegion;
import org.qsp.platform.web.MultilineText;
import org.qsp.platform.web.PageResponse;
import org.qsp.recall.defect.Producer;
import org.qsp.recall.defect.web.DefectBodies.EvidenceBody;
import org.qsp.recall.defect.web.DefectBodies.ProducerBody;
import org.qsp.recall.investigation.Conclusion;
import org.qsp.recall.investigation.InvestigationId;
import org.qsp.recall.investigation.InvestigationService;
import org.qsp.recall.investigation.InvestigationStatus;
import org.qsp.recall.lead.LeadId;

/**
 * Defect investigations: the regulator opens one on a lead and concludes it; the producer sees its own and may object
 * with evidence within its window. Ordering the recall is {@code POST …/{id}/recall-order} (the recall feature).
 */
@RestController
@RequestMapping("/api/recall/v1/investigations")
class InvestigationController {

    private final InvestigationService investigations;

    InvestigationController(InvestigationService investigations) {
        this.investigations = investigations;
    }

    @PostMapping
    @PreAuthorize("hasRole('REGULATOR')")
    @ResponseStatus(HttpStatus.CREATED)
    InvestigationView open(@Valid @RequestBody Opening body, Caller caller) {
        Producer named = body.producer() == null ? null : body.producer().producer();
        return InvestigationView.of(investigations.open(caller, new LeadId(body.leadId()), named));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('REGULATOR', 'ENTERPRISE')")
    PageResponse<InvestigationView> list(@RequestParam(required = false) @KnownRegion String region,
            @RequestParam(required = false) InvestigationStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size, Caller caller) {
        return PageResponse.of(investigations.visibleTo(caller, region, status, page, size), InvestigationView::of);
    }

    @GetMapping("/{investigationId}")
    @PreAuthorize("hasAnyRole('REGULATOR', 'ENTERPRISE')")
    InvestigationView one(@PathVariable String investigationId, Caller caller) {
        return InvestigationView.of(investigations.visibleTo(caller, new InvestigationId(investigationId)));
    }

    @PostMapping("/{investigationId}/objection")
    @PreAuthorize("hasRole('ENTERPRISE')")
    InvestigationView object(@PathVariable String investigationId, @Valid @RequestBody Objection body,
            Caller caller) {
        return InvestigationView.of(investigations.object(new InvestigationId(investigationId), caller,
                body.statement(), body.evidence().stream().map(EvidenceBody::evidence).toList()));
    }

    @PostMapping("/{investigationId}/conclusion")
    @PreAuthorize("hasRole('REGULATOR')")
    InvestigationView conclude(@PathVariable String investigationId, @Valid @RequestBody Concluding body,
            Caller caller) {
        return InvestigationView.of(investigations.conclude(new InvestigationId(investigationId), caller,
                body.conclusion(), body.findings()));
    }

    /** {@code {"leadId": …}}, and the producer when the lead names none (a cluster about a product). */
    record Opening(@NotBlank String leadId, @Valid ProducerBody producer) {
    }

    record Objection(@NotBlank @Size(max = 4000) @MultilineText String statement,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid EvidenceBody> evidence) {
    }

    record Concluding(@NotNull Conclusion conclusion, @NotBlank @Size(max = 4000) @MultilineText String findings) {
    }
}
