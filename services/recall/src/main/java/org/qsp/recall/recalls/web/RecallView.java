package org.qsp.recall.recalls.web;

import java.time.Instant;
import java.util.List;

import org.qsp.recall.defect.Classification;
import org.qsp.recall.defect.HazardType;
import org.qsp.recall.defect.Producer;
import org.qsp.recall.defect.Product;
import org.qsp.recall.recalls.Closure;
import org.qsp.recall.recalls.Deadline;
import org.qsp.recall.recalls.ProgressReport;
import org.qsp.recall.recalls.Publication;
import org.qsp.recall.recalls.Recall;
import org.qsp.recall.recalls.RecallKind;
import org.qsp.recall.recalls.RecallPlan;
import org.qsp.recall.recalls.RecallStatus;
import org.qsp.recall.recalls.Review;
import org.qsp.recall.recalls.Summary;

/** A recall as its producer and the regulators of its region see it: everything, the contact person included. */
record RecallView(String recallId, RecallKind kind, RecallStatus status, String investigationId, String region,
        Producer producer, Product product, Classification classification, HazardType hazardType, String hazard,
        RecallPlan plan, List<Review> reviews, List<ProgressReport> reports, Summary summary,
        List<Deadline> deadlines, boolean overdue, Instant initiatedAt, Instant classifiedAt, Instant acceptedAt,
        Instant closedAt, Closure closure, Publication publication, Instant updatedAt) {

    static RecallView of(Recall r) {
        return new RecallView(r.id(), r.kind(), r.status(), r.investigationId(), r.region(), r.producer(),
                r.product(), r.classification(), r.hazardType(), r.hazard(), r.plan(), r.reviews(), r.reports(),
                r.summary(), r.deadlines(), r.overdue(), r.initiatedAt(), r.classifiedAt(), r.acceptedAt(),
                r.closedAt(), r.closure(), r.publication(), r.updatedAt());
    }
}
