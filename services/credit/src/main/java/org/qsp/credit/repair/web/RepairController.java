package org.qsp.credit.repair.web;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.qsp.credit.repair.RepairApplication;
import org.qsp.credit.repair.RepairService;
import org.qsp.credit.repair.RepairTarget;
import org.qsp.credit.repair.web.RepairViews.EvidenceView;
import org.qsp.credit.repair.web.RepairViews.RepairView;
import org.qsp.platform.access.Caller;
import org.qsp.platform.attachment.AttachmentStore;
import org.qsp.platform.web.AttachmentDownload;
import org.qsp.platform.web.MultilineText;
import org.qsp.platform.web.PageResponse;

/**
 * Credit repair (信用修复). The enterprise uploads its evidence first, the raw file as the body ({@code image/jpeg},
 * {@code image/png} or {@code application/pdf}, checked against its first bytes, at most
 * {@code qsp.attachments.max-bytes}) under an id it chooses (201; the same bytes again 200; other bytes 409
 * {@code attachment-conflict}), then applies citing it. A regulator of the region approves or rejects. The
 * enterprise sees its own applications, regulators those of their region; anyone else is told they do not exist.
 */
@RestController
@RequestMapping("/api/credit/v1/repairs")
class RepairController {

    private static final String PDF = "application/pdf";

    private final RepairService repairs;

    RepairController(RepairService repairs) {
        this.repairs = repairs;
    }

    @PutMapping(path = "/evidence/{evidenceId}", consumes = {MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE,
            PDF})
    @PreAuthorize("hasRole('ENTERPRISE')")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "the file", content = {
            @Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary"))})
    ResponseEntity<EvidenceView> addEvidence(@PathVariable String evidenceId, HttpServletRequest request,
            Caller caller) throws IOException {
        AttachmentStore.Stored stored = repairs.addEvidence(caller, evidenceId, request.getContentType(),
                request.getInputStream());
        return ResponseEntity.status(stored.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(EvidenceView.of(stored.attachment()));
    }

    @PostMapping
    @PreAuthorize("hasRole('ENTERPRISE')")
    ResponseEntity<RepairView> apply(@Valid @RequestBody Application body, Caller caller) {
        var outcome = repairs.apply(caller, body.target(), body.targetId(), body.statement(), body.evidence());
        return ResponseEntity.status(outcome.changed() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(RepairView.of(outcome.aggregate()));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('REGULATOR', 'ENTERPRISE')")
    PageResponse<RepairView> list(@RequestParam(required = false) RepairApplication.Status status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size, Caller caller) {
        return PageResponse.of(repairs.list(caller, status, page, size), RepairView::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('REGULATOR', 'ENTERPRISE')")
    RepairView one(@PathVariable String id, Caller caller) {
        return RepairView.of(repairs.visibleTo(caller, id));
    }

    /** An evidence file the application cites, streamed from the store. */
    @GetMapping(path = "/{id}/evidence/{evidenceId}", produces = {MediaType.IMAGE_JPEG_VALUE,
            MediaType.IMAGE_PNG_VALUE, PDF})
    @PreAuthorize("hasAnyRole('REGULATOR', 'ENTERPRISE')")
    ResponseEntity<InputStreamResource> evidence(@PathVariable String id, @PathVariable String evidenceId,
            Caller caller) {
        return AttachmentDownload.of(repairs.openEvidence(caller, id, evidenceId));
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize("hasRole('REGULATOR')")
    RepairView decide(@PathVariable String id, @Valid @RequestBody DecisionBody body, Caller caller) {
        return RepairView.of(repairs.decide(caller, id, body.decision(), body.note()));
    }

    /** What is to be repaired, why the obligations are met, and the evidence ids uploaded before. */
    record Application(@NotNull RepairTarget target,
            @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be a penalty or list entry id")
            String targetId,
            @NotBlank @Size(max = 4000) @MultilineText String statement,
            @NotNull @Size(min = 1, max = 20) List<@NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,64}",
                    message = "must be an evidence id") String> evidence) {
    }

    record DecisionBody(@NotNull RepairApplication.Decision decision,
            @Size(max = 1000) @MultilineText String note) {
    }
}
