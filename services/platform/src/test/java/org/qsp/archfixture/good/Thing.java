package org.qsp.archfixture.good;

import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.platform.outbox.OutboxDocument;

/** A clean aggregate: mapping annotations, platform base class, nothing else. */
@Document("things")
public class Thing extends OutboxDocument {
    String id;
}
