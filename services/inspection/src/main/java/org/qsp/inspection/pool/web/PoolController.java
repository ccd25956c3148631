package org.qsp.inspection.pool.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.inspection.plan.PlanSpec;
import org.qsp.inspection.pool.ImportService;
import org.qsp.inspection.pool.InspectorPoolService;
import org.qsp.platform.access.Caller;
import org.qsp.platform.imports.ImportFormat;
import org.qsp.platform.imports.ImportJob;
import org.qsp.platform.imports.ImportJobView;
import org.qsp.platform.region.KnownRegion;

/** The draw's pools, for the regulators of their region: bulk imports of enterprises, and inspectors one by one. */
@RestController
@RequestMapping("/api/inspection/v1/pool")
@PreAuthorize("hasRole('REGULATOR')")
class PoolController {

    static final String NDJSON = "application/x-ndjson";

    private final ImportService imports;
    private final InspectorPoolService inspectors;

    PoolController(ImportService imports, InspectorPoolService inspectors) {
        this.imports = imports;
        this.inspectors = inspectors;
    }

    /** Streams the body to the job; 202 with the job id once the body is received. */
    @PostMapping(path = "/enterprises:import", consumes = {NDJSON, "text/csv"})
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "one enterprise per line: "
            + "NDJSON objects {uscc, name, region, categories, riskClass}, or CSV with the header "
            + "uscc,name,region,categories,riskClass (categories separated by ';')", content = {
                @Content(mediaType = NDJSON, schema = @Schema(type = "string")),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    ResponseEntity<Map<String, String>> importEnterprises(HttpServletRequest request, Caller caller)
            throws IOException {
        ImportJob job = imports.start(caller, ImportFormat.of(request.getContentType()), request.getInputStream());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("jobId", job.id()));
    }

    @GetMapping("/jobs/{jobId}")
    ImportJobView job(@PathVariable String jobId, Caller caller) {
        return ImportJobView.of(imports.get(caller, jobId), Instant.now());
    }

    /** Puts an inspector into the pool (201 when new, 200 when changed or the same). */
    @PutMapping("/inspectors/{inspectorId}")
    ResponseEntity<InspectorBody> putInspector(
            @PathVariable @Pattern(regexp = "[A-Za-z0-9_-]+([.][A-Za-z0-9_-]+)*") @Size(max = 64) String inspectorId,
            @Valid @RequestBody InspectorBody body, Caller caller) {
        boolean created = inspectors.put(caller, inspectorId, body.region(), body.qualifications(), body.conflicts());
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(body);
    }

    /**
     * @param region         the GB/T 2260 region of the inspector's authority
     * @param qualifications product category codes the inspector may sample
     * @param conflicts      USCCs the inspector must not inspect (declared conflicts of interest, 回避)
     */
    record InspectorBody(@NotNull @KnownRegion String region,
            @NotNull @Size(max = 100) List<@NotNull @Pattern(regexp = PlanSpec.CATEGORY,
                    message = "a category code is 2 to 40 of a-z 0-9 - starting with a letter") String> qualifications,
            @Size(max = 1000) List<@NotNull @Pattern(regexp = USCC, message = "must be a USCC (GB 32100)")
                    String> conflicts) {
    }

    /** The shape of a USCC (its check character is checked by the pool service). */
    static final String USCC = "[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}";
}
