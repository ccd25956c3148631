package org.qsp.inspection.sample.photo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.stereotype.Service;
import org.qsp.inspection.sample.Sample;
import org.qsp.inspection.sample.SampleId;
import org.qsp.inspection.sample.SampleService;
import org.qsp.platform.access.Caller;
import org.qsp.platform.access.Role;
import org.qsp.platform.attachment.Attachment;
import org.qsp.platform.attachment.AttachmentKey;
import org.qsp.platform.attachment.AttachmentOwner;
import org.qsp.platform.attachment.AttachmentStore;
import org.qsp.platform.errors.NotFound;

/**
 * Photos and signature images of a sample (the scene, the seals, the party's signature), uploaded by a phone with ids
 * it makes up: the sample's signing inspectors add them, whoever may read the sample reads them. A caller who may
 * not is told the sample (or the photo) does not exist, as the sample's own endpoints do.
 */
@Service
public class SamplePhotos {

    static final String OWNER_KIND = "sample";

    private final SampleService samples;
    private final AttachmentStore photos;

    SamplePhotos(SampleService samples, AttachmentStore samplePhotoStore) {
        this.samples = samples;
        this.photos = samplePhotoStore;
    }

    /** Stores the photo (streamed, sniffed, within the limit); the same bytes again answer the stored photo. */
    public AttachmentStore.Stored add(SampleId sampleId, PhotoId photoId, String contentType, InputStream body,
            Caller inspector) throws IOException {
        Sample sample = samples.get(sampleId, inspector);
        if (!(inspector.has(Role.INSPECTOR) && sample.form().signedBy(inspector.subject()))) {
            throw new NotFound("sample", sampleId.value());
        }
        return photos.put(key(sampleId, photoId), contentType, body);
    }

    /** The photo and its bytes; the caller closes them. */
    public AttachmentStore.Content open(SampleId sampleId, PhotoId photoId, Caller caller) {
        samples.get(sampleId, caller);
        return photos.open(key(sampleId, photoId))
                .orElseThrow(() -> new NotFound("photo", photoId.value()));
    }

    public List<Attachment> list(SampleId sampleId, Caller caller) {
        samples.get(sampleId, caller);
        return photos.list(owner(sampleId));
    }

    private static AttachmentOwner owner(SampleId sampleId) {
        return new AttachmentOwner(OWNER_KIND, sampleId.value());
    }

    private static AttachmentKey key(SampleId sampleId, PhotoId photoId) {
        return new AttachmentKey(owner(sampleId), photoId.value());
    }
}
