package org.qsp.rectification.task.store;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.platform.attachment.AttachmentStore;
import org.qsp.platform.attachment.AttachmentStores;
import org.qsp.platform.attachment.ImageType;

@Configuration(proxyBeanMethods = false)
class EvidenceStore {

    /** Rectification evidence: GridFS bucket {@code evidence}; images and PDF documents. */
    @Bean
    AttachmentStore taskEvidenceStore(AttachmentStores stores) {
        return stores.bucket("evidence", EnumSet.of(ImageType.JPEG, ImageType.PNG, ImageType.PDF));
    }
}
