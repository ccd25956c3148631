package org.qsp.complaint.cases.web;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.complaint.ComplaintProperties;
import org.qsp.complaint.cases.ComplaintCase;
import org.qsp.complaint.cases.IntakeService;
import org.qsp.platform.access.Caller;
import org.qsp.platform.web.IdempotencyKeys;
import org.qsp.platform.web.Problems;

/**
 * Intake: a consumer files a complaint, a report or both; a report may also come without a token (anonymous), and
 * those are rate-limited for the whole service ({@code qsp.complaint.anonymous-reports-per-minute}, 429 above it).
 */
@RestController
class IntakeController {

    private final IntakeService intake;
    private final RateLimiter anonymousReports;

    IntakeController(IntakeService intake, ComplaintProperties properties) {
        this.intake = intake;
        this.anonymousReports = RateLimiter.of("complaint-anonymous-reports", RateLimiterConfig.custom()
                .limitForPeriod(properties.anonymousReportsPerMinute()).limitRefreshPeriod(Duration.ofMinutes(1))
                .timeoutDuration(Duration.ZERO).build());
    }

    @PostMapping("/api/complaint/v1/cases")
    @PreAuthorize("isAnonymous() or hasRole('CONSUMER')")
    ResponseEntity<Object> file(
            @RequestHeader("Idempotency-Key") String idempotencyKey,
            @Valid @RequestBody IntakeRequest body, Optional<Caller> caller, HttpServletRequest request) {
        IdempotencyKeys.checked(idempotencyKey);
        if (caller.isEmpty() && !anonymousReports.acquirePermission()) {
            return tooMany(request);
        }
        List<ComplaintCase> filed = intake.file(caller, idempotencyKey, body.toSubmission());
        Object answer = filed.size() == 1 ? CaseViews.Filed.of(filed.getFirst())
                : new CaseViews.FiledBoth(filed.stream().map(CaseViews.Filed::of).toList());
        return ResponseEntity.status(HttpStatus.CREATED).body(answer);
    }

    private static ResponseEntity<Object> tooMany(HttpServletRequest request) {
        ProblemDetail problem = Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                "too many reports without login right now; try again in a minute or log in", request.getRequestURI(),
                List.of());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "60").body(problem);
    }
}
