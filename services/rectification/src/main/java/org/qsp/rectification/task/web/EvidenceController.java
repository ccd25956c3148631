package org.qsp.rectification.task.web;

import java.io.IOException;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.platform.access.Caller;
import org.qsp.platform.attachment.AttachmentStore;
import org.qsp.platform.web.AttachmentDownload;
import org.qsp.rectification.task.TaskEvidence;
import org.qsp.rectification.task.TaskId;

/**
 * The evidence of a task's rectification, as the enterprise uploads it before it reports: the raw file as the body
 * ({@code image/jpeg}, {@code image/png} or {@code application/pdf}, checked against its first bytes, at most
 * {@code qsp.attachments.max-bytes}), under an id the enterprise chooses. The first upload answers 201, the same bytes
 * again 200, other bytes 409 {@code attachment-conflict}.
 */
@RestController
@RequestMapping("/api/rectification/v1/tasks/{taskId}/evidence")
class EvidenceController {

    private static final String PDF = "application/pdf";

    private final TaskEvidence evidence;

    EvidenceController(TaskEvidence evidence) {
        this.evidence = evidence;
    }

    @PutMapping(path = "/{evidenceId}", consumes = {MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE, PDF})
    @PreAuthorize("hasRole('ENTERPRISE')")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "the file", content = {
            @Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary"))})
    ResponseEntity<EvidenceView> add(@PathVariable String taskId, @PathVariable String evidenceId,
            HttpServletRequest request, Caller caller) throws IOException {
        AttachmentStore.Stored stored = evidence.add(new TaskId(taskId), evidenceId, request.getContentType(),
                request.getInputStream(), caller);
        return ResponseEntity.status(stored.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(EvidenceView.of(stored.attachment()));
    }

    /** The file as it was uploaded, streamed from the store. */
    @GetMapping(path = "/{evidenceId}", produces = {MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE, PDF})
    @PreAuthorize("hasAnyRole('REGULATOR', 'ENTERPRISE')")
    ResponseEntity<InputStreamResource> get(@PathVariable String taskId, @PathVariable String evidenceId,
            Caller caller) {
        AttachmentStore.Content content = evidence.open(new TaskId(taskId), evidenceId, caller);
        return AttachmentDownload.of(content);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('REGULATOR', 'ENTERPRISE')")
    EvidenceView.Items list(@PathVariable String taskId, Caller caller) {
        return new EvidenceView.Items(evidence.list(new TaskId(taskId), caller).stream().map(EvidenceView::of)
                .toList());
    }
}
