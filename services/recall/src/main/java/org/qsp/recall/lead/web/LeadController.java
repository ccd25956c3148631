package org.qsp.recall.lead.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.platform.access.Caller;
import org.qsp.platform.region.KnownRegion;
import org.qsp.platform.uscc.ValidUscc;
import org.qsp.platform.web.IdempotencyKeys;
import org.qsp.platform.web.MultilineText;
import org.qsp.platform.web.PageResponse;
import org.qsp.recall.defect.web.DefectBodies;
import org.qsp.recall.defect.web.DefectBodies.ProducerBody;
import org.qsp.recall.defect.DefectSubject;
import org.qsp.recall.defect.Product;
import org.qsp.recall.defect.ProductType;
import org.qsp.recall.lead.DefectLead;
import org.qsp.recall.lead.LeadId;
import org.qsp.recall.lead.LeadService;
import org.qsp.recall.lead.LeadStatus;

/** Defect leads, for the regulators of their region: the list, one lead, a lead of their own, a dismissal. */
@RestController
@RequestMapping("/api/recall/v1/leads")
@PreAuthorize("hasRole('REGULATOR')")
class LeadController {

    private final LeadService leads;

    LeadController(LeadService leads) {
        this.leads = leads;
    }

    @GetMapping
    PageResponse<LeadView> list(@RequestParam(required = false) @ValidUscc String uscc,
            @RequestParam(required = false) LeadStatus status,
            @RequestParam(required = false) @KnownRegion String region,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size, Caller caller) {
        return PageResponse.of(leads.supervisedBy(caller, region, uscc, status, page, size), LeadView::of);
    }

    @GetMapping("/{leadId}")
    LeadView one(@PathVariable String leadId, Caller caller) {
        return LeadView.of(leads.visibleTo(caller, new LeadId(leadId)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    LeadView enter(@RequestHeader(IdempotencyKeys.HEADER) String idempotencyKey, @Valid @RequestBody Entry body,
            Caller caller) {
        return LeadView.of(leads.enter(caller, IdempotencyKeys.checked(idempotencyKey), body.facts()));
    }

    @PostMapping("/{leadId}/dismissal")
    LeadView dismiss(@PathVariable String leadId, @Valid @RequestBody Dismissal body, Caller caller) {
        return LeadView.of(leads.dismiss(new LeadId(leadId), caller, body.reason()));
    }

    record Dismissal(@NotBlank @Size(max = 1000) @MultilineText String reason) {
    }

    /** A regulator's own lead: where, about what (the producer when known), what was found, the evidence. */
    record Entry(@NotNull @KnownRegion(place = true) String region, @Valid ProducerBody producer,
            @NotNull @Valid ProductBody product, ProductType productType,
            @NotBlank @Size(max = 2000) @MultilineText String hazard,
            @Size(max = 20) List<@NotNull @Pattern(regexp = DefectBodies.REFERENCE,
                    message = DefectBodies.REFERENCE_MESSAGE) String> evidence) {

        DefectLead.Facts facts() {
            return new DefectLead.Facts(new DefectSubject(producer == null ? null : producer.producer(),
                    product.product(), productType, region, hazard), evidence);
        }
    }

    record ProductBody(@NotBlank @Size(max = 100) String name, @Size(max = 100) String brand,
            @Size(max = 100) String model, @Size(max = 500) String codeInfo) {

        Product product() {
            return new Product(name, brand, model, codeInfo);
        }
    }
}
