package org.qsp.credit.penalty.web;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.credit.penalty.PenaltyService;
import org.qsp.platform.uscc.ValidUscc;
import org.qsp.platform.web.PageResponse;

/**
 * The public penalty publication (行政处罚信息公示), open to anyone without a token ({@code qsp.security.public-paths}):
 * what is shown now, newest first; with {@code updatedSince}, what changed since then, oldest change first, including
 * what stopped being shown (withdrawn, repaired, expired), so that a mirror can delete it.
 */
@RestController
@RequestMapping("/api/credit/v1/public/penalties")
class PublicPenaltyController {

    private final PenaltyService penalties;

    PublicPenaltyController(PenaltyService penalties) {
        this.penalties = penalties;
    }

    @GetMapping
    PageResponse<PublicPenaltyView> published(@RequestParam(required = false) @ValidUscc String uscc,
            @RequestParam(required = false) Instant updatedSince,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        Instant now = penalties.now();
        return PageResponse.of(penalties.published(uscc, updatedSince, page, size),
                p -> PublicPenaltyView.of(p, now));
    }
}
