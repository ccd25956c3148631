package org.qsp.recall.investigation.web;

import java.time.Instant;
import java.time.LocalDate;

import org.qsp.recall.defect.Producer;
import org.qsp.recall.defect.Product;
import org.qsp.recall.defect.ProductType;
import org.qsp.recall.investigation.Conclusion;
import org.qsp.recall.investigation.Investigation;
import org.qsp.recall.investigation.InvestigationStatus;

/** An investigation as its producer and the regulators of its region see it. */
record InvestigationView(String investigationId, String leadId, InvestigationStatus status, Producer producer,
        Product product, ProductType productType, String region, String hazard, Instant openedAt,
        Instant producerNotifiedAt, LocalDate objectionDeadline, Investigation.Objection objection,
        Conclusion conclusion, String findings, Instant concludedAt, String recallId, Instant updatedAt) {

    static InvestigationView of(Investigation i) {
        var s = i.subject();
        return new InvestigationView(i.id(), i.leadId(), i.status(), s.producer(), s.product(), s.productType(),
                s.region(), s.hazard(), i.openedAt(), i.producerNotifiedAt(), i.objectionDeadline(), i.objection(),
                i.conclusion(), i.findings(), i.concludedAt(), i.recallId(), i.updatedAt());
    }
}
