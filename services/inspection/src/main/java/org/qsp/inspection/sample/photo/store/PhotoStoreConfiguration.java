package org.qsp.inspection.sample.photo.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.platform.attachment.AttachmentStore;
import org.qsp.platform.attachment.AttachmentStores;

@Configuration(proxyBeanMethods = false)
class PhotoStoreConfiguration {

    /** Sample photos and signature images: GridFS bucket {@code photos} ({@code photos.files}, {@code photos.chunks}). */
    @Bean
    AttachmentStore samplePhotoStore(AttachmentStores stores) {
        return stores.bucket("photos");
    }
}
