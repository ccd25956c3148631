package org.qsp.inspection.sample.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.inspection.sample.Recorded;
import org.qsp.inspection.sample.SampleId;
import org.qsp.inspection.sample.SamplePage;
import org.qsp.inspection.sample.SampleService;
import org.qsp.inspection.sample.Verdict;
import org.qsp.platform.access.Caller;
import org.qsp.platform.region.KnownRegion;
import org.qsp.platform.uscc.ValidUscc;
import org.qsp.platform.web.PageResponse;

/**
 * Sampling forms and test results, and the way from a FAIL to its final verdict. Writes are idempotent
 * on the phone-supplied sample id: the first write answers 201, the same content again 200 with the
 * same sample, other content 409. The verdict's actions (accept, object, re-test, decide) answer 200
 * with the sample, the first time and again.
 */
@RestController
@RequestMapping("/api/inspection/v1/samples")
class SampleController {

    private final SampleService samples;

    SampleController(SampleService samples) {
        this.samples = samples;
    }

    @PutMapping("/{sampleId}")
    @PreAuthorize("hasRole('INSPECTOR')")
    ResponseEntity<SampleView> recordForm(@PathVariable String sampleId,
            @Valid @RequestBody SamplingFormRequest request, Caller caller) {
        return answer(samples.recordForm(new SampleId(sampleId), request.toForm(), caller));
    }

    /** 不得抽样: the pair could not sample, with the reason code (idempotent on the sample id, as a form). */
    @PutMapping("/{sampleId}/cannot-sample")
    @PreAuthorize("hasRole('INSPECTOR')")
    ResponseEntity<AttemptView> cannotSample(@PathVariable String sampleId,
            @Valid @RequestBody AttemptRequests.CannotSample request, Caller caller) {
        return attempt(samples.recordAttempt(new SampleId(sampleId), request.toReport(), caller));
    }

    /** 拒绝抽样: the party refused, with the note and its witness; raises inspection.sampling.refused. */
    @PutMapping("/{sampleId}/refusal")
    @PreAuthorize("hasRole('INSPECTOR')")
    ResponseEntity<AttemptView> refusal(@PathVariable String sampleId,
            @Valid @RequestBody AttemptRequests.Refusal request, Caller caller) {
        return attempt(samples.recordAttempt(new SampleId(sampleId), request.toReport(), caller));
    }

    @PutMapping("/{sampleId}/result")
    @PreAuthorize("hasAnyRole('INSPECTOR', 'LAB')")
    ResponseEntity<SampleView> recordResult(@PathVariable String sampleId, @Valid @RequestBody ResultRequest request,
            Caller caller) {
        return answer(samples.recordResult(new SampleId(sampleId), request.toReport(), caller));
    }

    @GetMapping("/{sampleId}")
    @PreAuthorize("hasAnyRole('INSPECTOR', 'LAB', 'REGULATOR', 'ENTERPRISE')")
    SampleView get(@PathVariable String sampleId, Caller caller) {
        return SampleView.of(samples.get(new SampleId(sampleId), caller));
    }

    @GetMapping
    @PreAuthorize("hasRole('REGULATOR')")
    PageResponse<SampleView> list(@RequestParam(required = false) @KnownRegion String region,
            @RequestParam(required = false) @ValidUscc(allowCheckOverride = true) String uscc,
            @RequestParam(required = false) Verdict verdict,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Caller caller) {
        SamplePage found = samples.list(region, uscc, verdict, page, size, caller);
        return new PageResponse<>(found.items().stream().map(SampleView::of).toList(), page, size, found.total());
    }

    /** The calling enterprise's own samples, newest first. */
    @GetMapping("/mine")
    @PreAuthorize("hasRole('ENTERPRISE')")
    PageResponse<SampleView> mine(@RequestParam(required = false) Verdict verdict,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Caller caller) {
        SamplePage found = samples.listOwn(verdict, page, size, caller);
        return new PageResponse<>(found.items().stream().map(SampleView::of).toList(), page, size, found.total());
    }

    /** The sampled enterprise accepts its FAIL and waives its objection: the verdict is final. */
    @PostMapping("/{sampleId}/result/acceptance")
    @PreAuthorize("hasRole('ENTERPRISE')")
    SampleView accept(@PathVariable String sampleId, Caller caller) {
        return SampleView.of(samples.accept(new SampleId(sampleId), caller).sample());
    }

    /** The sampled enterprise objects to the FAIL of a manufactured product within 15 calendar days. */
    @PostMapping("/{sampleId}/result/objection")
    @PreAuthorize("hasRole('ENTERPRISE')")
    SampleView object(@PathVariable String sampleId, @Valid @RequestBody VerdictRequests.ContestRequest request,
            Caller caller) {
        return SampleView.of(samples.object(new SampleId(sampleId), request.reason(), caller).sample());
    }

    /** The sampled enterprise applies for a re-test of a food or agricultural FAIL within 7 working days. */
    @PostMapping("/{sampleId}/result/retest")
    @PreAuthorize("hasRole('ENTERPRISE')")
    SampleView applyForRetest(@PathVariable String sampleId,
            @Valid @RequestBody VerdictRequests.ContestRequest request, Caller caller) {
        return SampleView.of(samples.applyForRetest(new SampleId(sampleId), request.reason(), caller).sample());
    }

    /** A regulator of the enterprise's region decides the objection: the verdict confirmed, or overturned to PASS. */
    @PostMapping("/{sampleId}/result/objection/decision")
    @PreAuthorize("hasRole('REGULATOR')")
    SampleView decideObjection(@PathVariable String sampleId,
            @Valid @RequestBody VerdictRequests.DecisionRequest request, Caller caller) {
        return SampleView.of(samples.decideObjection(new SampleId(sampleId), request.toDecision(), caller).sample());
    }

    /** A regulator of the enterprise's region records the re-test's conclusion (another lab): final. */
    @PostMapping("/{sampleId}/result/retest/conclusion")
    @PreAuthorize("hasRole('REGULATOR')")
    SampleView concludeRetest(@PathVariable String sampleId,
            @Valid @RequestBody VerdictRequests.RetestConclusionRequest request, Caller caller) {
        return SampleView.of(samples.concludeRetest(new SampleId(sampleId), request.toConclusion(), caller)
                .sample());
    }

    private static ResponseEntity<AttemptView> attempt(SampleService.AttemptRecorded recorded) {
        return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(AttemptView.of(recorded.attempt()));
    }

    private static ResponseEntity<SampleView> answer(Recorded recorded) {
        return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(SampleView.of(recorded.sample()));
    }
}
