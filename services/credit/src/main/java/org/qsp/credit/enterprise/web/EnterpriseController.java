package org.qsp.credit.enterprise.web;

import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.credit.enterprise.CreditFiles;
import org.qsp.credit.enterprise.web.CreditViews.CreditFileView;
import org.qsp.credit.enterprise.web.CreditViews.EnterpriseSummary;
import org.qsp.credit.enterprise.web.CreditViews.RecordItem;
import org.qsp.credit.rules.RiskClass;
import org.qsp.platform.access.Caller;
import org.qsp.platform.region.KnownRegion;
import org.qsp.platform.uscc.ValidUscc;
import org.qsp.platform.web.PageResponse;

@RestController
@RequestMapping("/api/credit/v1/enterprises")
class EnterpriseController {

    private final CreditFiles files;

    EnterpriseController(CreditFiles files) {
        this.files = files;
    }

    /** A regulator of the enterprise's region: the full file; the enterprise itself: its records and score. */
    @GetMapping("/{uscc}")
    @PreAuthorize("hasAnyRole('REGULATOR', 'ENTERPRISE')")
    CreditFileView get(@PathVariable @ValidUscc String uscc, Caller caller) {
        return CreditFileView.of(files.read(uscc, caller));
    }

    /** The file's records page by page, newest first (a file carries only its newest ones). */
    @GetMapping("/{uscc}/records")
    @PreAuthorize("hasAnyRole('REGULATOR', 'ENTERPRISE')")
    PageResponse<? extends RecordItem> records(@PathVariable @ValidUscc String uscc,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(CreditFiles.FILE_RECORDS) int size, Caller caller) {
        return RecordItem.page(files.records(uscc, caller, page, size));
    }

    /** The enterprises of the regulator's region (or of one region within it), riskiest first. */
    @GetMapping
    @PreAuthorize("hasRole('REGULATOR')")
    PageResponse<EnterpriseSummary> list(@RequestParam(required = false) @KnownRegion String region,
            @RequestParam Optional<RiskClass> riskClass,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Caller caller) {
        var found = files.list(caller, region, riskClass, page, size);
        return new PageResponse<>(found.items().stream().map(EnterpriseSummary::of).toList(), found.page(),
                found.size(), found.total());
    }
}
