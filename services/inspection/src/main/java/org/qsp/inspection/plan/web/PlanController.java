package org.qsp.inspection.plan.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
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
import org.qsp.inspection.plan.ClassRatios;
import org.qsp.inspection.plan.PlanId;
import org.qsp.inspection.plan.PlanLevel;
import org.qsp.inspection.plan.PlanService;
import org.qsp.inspection.plan.PlanSpec;
import org.qsp.inspection.plan.SamplingType;
import org.qsp.platform.access.Caller;
import org.qsp.platform.region.KnownRegion;
import org.qsp.platform.web.IdempotencyKeys;
import org.qsp.platform.web.PageResponse;

/** Sampling plans, for the regulators of their region: publish one, list them, read one. */
@RestController
@RequestMapping("/api/inspection/v1/plans")
@PreAuthorize("hasRole('REGULATOR')")
class PlanController {

    private final PlanService plans;

    PlanController(PlanService plans) {
        this.plans = plans;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PlanView publish(@RequestHeader(IdempotencyKeys.HEADER) String idempotencyKey, @Valid @RequestBody PlanBody body,
            Caller caller) {
        return PlanView.of(plans.publish(caller, IdempotencyKeys.checked(idempotencyKey), body.year(), body.level(),
                body.samplingType(), body.categories(), body.region(), body.batchCount(),
                body.classRatios() == null ? null : body.classRatios().ratios()));
    }

    @GetMapping
    PageResponse<PlanView> list(@RequestParam(required = false) @KnownRegion String region,
            @RequestParam(required = false) @Min(2000) @Max(2999) Integer year,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size, Caller caller) {
        return PageResponse.of(plans.supervisedBy(caller, region, year, page, size), PlanView::of);
    }

    @GetMapping("/{planId}")
    PlanView one(@PathVariable String planId, Caller caller) {
        return PlanView.of(plans.visibleTo(caller, new PlanId(planId)));
    }

    /** A plan as a regulator sends it; {@code classRatios} may be left out (configured defaults). */
    record PlanBody(@NotNull @Min(2000) @Max(2999) Integer year, @NotNull PlanLevel level,
            @NotNull SamplingType samplingType,
            @NotEmpty @Size(max = 50) List<@NotNull @Pattern(regexp = PlanSpec.CATEGORY,
                    message = "a category code is 2 to 40 of a-z 0-9 - starting with a letter") String> categories,
            @NotNull @KnownRegion String region, @NotNull @Min(1) Integer batchCount,
            @Valid RatiosBody classRatios) {
    }

    /** The share of each class's eligible pool that a draw picks, 0 to 1. */
    record RatiosBody(@NotNull BigDecimal A, @NotNull BigDecimal B, @NotNull BigDecimal C, @NotNull BigDecimal D) {

        ClassRatios ratios() {
            return new ClassRatios(A, B, C, D);
        }
    }
}
