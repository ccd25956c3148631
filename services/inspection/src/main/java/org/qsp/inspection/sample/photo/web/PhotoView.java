package org.qsp.inspection.sample.photo.web;

import java.util.List;

import org.qsp.platform.attachment.Attachment;

/** A stored photo as the API shows it. */
record PhotoView(String photoId, String sha256, long bytes, String contentType) {

    static PhotoView of(Attachment photo) {
        return new PhotoView(photo.key().name(), photo.sha256(), photo.bytes(), photo.contentType());
    }

    /** A sample's photos, by id. */
    record Photos(List<PhotoView> items) {
    }
}
