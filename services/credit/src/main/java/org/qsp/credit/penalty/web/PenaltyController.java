package org.qsp.credit.penalty.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.credit.penalty.Decision;
import org.qsp.credit.penalty.PenaltyKind;
import org.qsp.credit.penalty.PenaltyService;
import org.qsp.credit.penalty.ProductDomain;
import org.qsp.platform.access.Caller;
import org.qsp.platform.region.KnownRegion;
import org.qsp.platform.uscc.ValidUscc;
import org.qsp.platform.web.MultilineText;
import org.qsp.platform.web.PageResponse;

/**
 * Penalty decisions (行政处罚决定): a regulator of the enterprise's region records one (201; the same decision again
 * 200; another decision under its number 409 {@code penalty-conflict}) and revokes it; regulators list those of their
 * region; the enterprise reads its own.
 */
@RestController
@RequestMapping("/api/credit/v1/penalties")
class PenaltyController {

    private final PenaltyService penalties;

    PenaltyController(PenaltyService penalties) {
        this.penalties = penalties;
    }

    @PostMapping
    @PreAuthorize("hasRole('REGULATOR')")
    ResponseEntity<PenaltyView> record(@Valid @RequestBody PenaltyBody body, Caller caller) {
        var outcome = penalties.record(caller, body.decision());
        return ResponseEntity.status(outcome.changed() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(PenaltyView.of(outcome.aggregate(), penalties.now()));
    }

    @PostMapping("/{id}/revocation")
    @PreAuthorize("hasRole('REGULATOR')")
    PenaltyView revoke(@PathVariable String id, @Valid @RequestBody Revocation body, Caller caller) {
        return PenaltyView.of(penalties.revoke(caller, id, body.reason()), penalties.now());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('REGULATOR', 'ENTERPRISE')")
    PenaltyView one(@PathVariable String id, Caller caller) {
        return PenaltyView.of(penalties.visibleTo(caller, id), penalties.now());
    }

    @GetMapping
    @PreAuthorize("hasRole('REGULATOR')")
    PageResponse<PenaltyView> list(@RequestParam(required = false) @ValidUscc String uscc,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size, Caller caller) {
        var now = penalties.now();
        return PageResponse.of(penalties.ofRegion(caller, uscc, page, size), p -> PenaltyView.of(p, now));
    }

    /** A decision as the regulator enters it; {@code fineAmount} in CNY, required for a fine. */
    record PenaltyBody(@NotBlank @Size(max = 100) String decisionNumber, @NotNull @ValidUscc String uscc,
            @NotBlank @Size(max = 200) String enterpriseName, @NotNull @KnownRegion(place = true) String region,
            @NotNull PenaltyKind kind,
            @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 2) BigDecimal fineAmount,
            @NotBlank @Size(max = 2000) @MultilineText String violation, @NotNull Boolean serious,
            @NotNull ProductDomain domain, @NotNull LocalDate decidedAt) {

        Decision decision() {
            return new Decision(decisionNumber.strip(), uscc, enterpriseName.strip(), region, kind, fineAmount,
                    violation, serious, domain, decidedAt);
        }
    }

    record Revocation(@NotBlank @Size(max = 1000) @MultilineText String reason) {
    }
}
