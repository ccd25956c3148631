package org.qsp.complaint.stats.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.complaint.stats.PublicStatistics;
import org.qsp.complaint.stats.StatsSearch;
import org.qsp.platform.region.KnownRegion;
import org.qsp.platform.uscc.ValidUscc;

/** 投诉信息公示, open to everyone: counts and rates per business, the most complained-about businesses per region. */
@RestController
@RequestMapping("/api/complaint/v1/public")
class PublicStatsController {

    private final PublicStatistics statistics;

    PublicStatsController(PublicStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/businesses/{uscc}/stats")
    PublicStatistics.BusinessStats business(@PathVariable @ValidUscc String uscc) {
        return statistics.of(uscc);
    }

    @GetMapping("/regions/{region}/top-businesses")
    List<StatsSearch.BusinessCount> top(
            @PathVariable @KnownRegion String region,
            @RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit) {
        return statistics.topBusinesses(region, limit);
    }
}
