package org.qsp.recall.feed.web;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.platform.region.KnownRegion;
import org.qsp.platform.uscc.ValidUscc;
import org.qsp.recall.feed.FeedPage;
import org.qsp.recall.feed.PublicFeed;
import org.qsp.recall.recalls.Publication;
import org.qsp.recall.recalls.RecallId;

/**
 * The public recall feed, open to anyone without a token ({@code qsp.security.public-paths}): the published recalls
 * by last published time (the incremental sync of CPSC's {@code LastPublishDate}), and one recall by its number.
 */
@RestController
@RequestMapping("/api/recall/v1/public/recalls")
class PublicFeedController {

    private final PublicFeed feed;

    PublicFeedController(PublicFeed feed) {
        this.feed = feed;
    }

    @GetMapping
    FeedPage recalls(@RequestParam(required = false) Instant updatedSince,
            @RequestParam(required = false) @Size(max = 200) String cursor,
            @RequestParam(required = false) @Pattern(regexp = "ongoing|completed|terminated",
                    message = "must be ongoing, completed or terminated") String status,
            @RequestParam(required = false) @KnownRegion String region,
            @RequestParam(required = false) @ValidUscc String uscc,
            @RequestParam(required = false) @Size(min = 1, max = 50) String q,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return feed.page(updatedSince, cursor, status, region, uscc, q, size);
    }

    @GetMapping("/{recallNumber}")
    Publication one(@PathVariable String recallNumber) {
        return feed.one(new RecallId(recallNumber));
    }
}
