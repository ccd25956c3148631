package org.qsp.inspection.sample.photo.web;

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
import org.qsp.inspection.sample.SampleId;
import org.qsp.inspection.sample.photo.PhotoId;
import org.qsp.inspection.sample.photo.SamplePhotos;
import org.qsp.platform.access.Caller;
import org.qsp.platform.attachment.AttachmentStore;
import org.qsp.platform.web.AttachmentDownload;

/**
 * Photos and signature images of a sample, as the phone sends them: the raw image as the body ({@code image/jpeg} or
 * {@code image/png}, checked against its first bytes, at most {@code qsp.attachments.max-bytes}), under an id the
 * phone makes up. The first upload answers 201, the same bytes again 200 with the same photo, other bytes 409
 * {@code attachment-conflict}.
 */
@RestController
@RequestMapping("/api/inspection/v1/samples/{sampleId}/photos")
class SamplePhotoController {

    private final SamplePhotos photos;

    SamplePhotoController(SamplePhotos photos) {
        this.photos = photos;
    }

    @PutMapping(path = "/{photoId}", consumes = {MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE})
    @PreAuthorize("hasRole('INSPECTOR')")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "the image", content = {
            @Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary"))})
    ResponseEntity<PhotoView> add(@PathVariable String sampleId, @PathVariable String photoId,
            HttpServletRequest request, Caller caller) throws IOException {
        SampleId sample = new SampleId(sampleId);
        PhotoId photo = new PhotoId(photoId);
        AttachmentStore.Stored stored = photos.add(sample, photo, request.getContentType(), request.getInputStream(),
                caller);
        return ResponseEntity.status(stored.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(PhotoView.of(stored.attachment()));
    }

    /** The image as it was uploaded, streamed from the store. */
    @GetMapping(path = "/{photoId}", produces = {MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE})
    @PreAuthorize("hasAnyRole('INSPECTOR', 'LAB', 'REGULATOR', 'ENTERPRISE')")
    ResponseEntity<InputStreamResource> get(@PathVariable String sampleId, @PathVariable String photoId,
            Caller caller) {
        AttachmentStore.Content content = photos.open(new SampleId(sampleId), new PhotoId(photoId), caller);
        return AttachmentDownload.of(content);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('INSPECTOR', 'LAB', 'REGULATOR', 'ENTERPRISE')")
    PhotoView.Photos list(@PathVariable String sampleId, Caller caller) {
        return new PhotoView.Photos(photos.list(new SampleId(sampleId), caller).stream().map(PhotoView::of).toList());
    }
}
