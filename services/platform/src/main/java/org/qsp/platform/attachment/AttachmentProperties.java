package org.qsp.platform.attachment;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The attachment store of a service (images in GridFS, see {@link AttachmentStore}).
 *
 * @param maxBytes      the largest attachment; a body that declares or sends more gets 413 and nothing is kept
 * @param paths         the path patterns whose request bodies are attachments: the body size limit of the service's
 *                      edge ({@code qsp.service.max-body-bytes}, 64 KiB) becomes {@code max-bytes} for these paths only
 * @param orphanAge     how old an unfinished upload must be before its chunks are removed (a crash mid-upload leaves
 *                      chunks without a files document; a running upload must never look like one)
 * @param sweepInterval how often the orphan sweep runs where the service schedules jobs; it runs at start anyway
 */
@Validated
@ConfigurationProperties("qsp.attachments")
public record AttachmentProperties(@DefaultValue("5MB") DataSize maxBytes, @DefaultValue List<String> paths,
        @DefaultValue("1h") Duration orphanAge, @DefaultValue("10m") Duration sweepInterval) {
}
