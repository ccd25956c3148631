package org.qsp.credit.quality.web;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.credit.quality.DataQuality;
import org.qsp.credit.quality.DataQualityFlag;
import org.qsp.credit.quality.DataQualityFlag.FlagKind;
import org.qsp.credit.quality.FlagPage;
import org.qsp.platform.access.Caller;
import org.qsp.platform.region.KnownRegion;
import org.qsp.platform.uscc.ValidUscc;
import org.qsp.platform.web.PageResponse;

/**
 * Data-quality flags for regulators: what events said about enterprises that contradicts their
 * credit files (an enterprise placed in another region than its region of record). A regulator of
 * either region sees a flag.
 */
@RestController
@RequestMapping("/api/credit/v1/data-quality/flags")
class DataQualityController {

    private final DataQuality quality;

    DataQualityController(DataQuality quality) {
        this.quality = quality;
    }

    /** The flags of the regulator's regions, newest first, optionally of one region and one enterprise. */
    @GetMapping
    @PreAuthorize("hasRole('REGULATOR')")
    PageResponse<FlagView> list(@RequestParam(required = false) @KnownRegion String region,
            @RequestParam(required = false) @ValidUscc(allowCheckOverride = true) String uscc,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Caller caller) {
        FlagPage found = quality.list(caller, region, uscc, page, size);
        return new PageResponse<>(found.items().stream().map(FlagView::of).toList(), found.page(), found.size(),
                found.total());
    }

    @GetMapping("/{flagId}")
    @PreAuthorize("hasRole('REGULATOR')")
    FlagView get(@PathVariable @Pattern(regexp = "DQ-[0-9a-f-]{36}", message = "is not a flag id") String flagId,
            Caller caller) {
        return FlagView.of(quality.get(flagId, caller));
    }

    record FlagView(String flagId, FlagKind kind, String uscc, String enterpriseName, String regionOfRecord,
            String claimedRegion, String sourceType, String sourceId, Instant occurredAt, Instant detectedAt) {

        static FlagView of(DataQualityFlag f) {
            return new FlagView(f.id(), f.kind(), f.uscc(), f.enterpriseName(), f.regionOfRecord(), f.claimedRegion(),
                    f.sourceType(), f.sourceId(), f.occurredAt(), f.detectedAt());
        }
    }
}
