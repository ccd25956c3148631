package org.qsp.credit.repair.web;

import java.time.Instant;
import java.util.List;

import org.qsp.credit.repair.RepairApplication;
import org.qsp.credit.repair.RepairTarget;
import org.qsp.platform.attachment.Attachment;

final class RepairViews {

    private RepairViews() {
    }

    /** A stored evidence file as the API shows it. */
    record EvidenceView(String evidenceId, String sha256, long bytes, String contentType, Instant storedAt) {

        static EvidenceView of(Attachment evidence) {
            return new EvidenceView(evidence.key().name(), evidence.sha256(), evidence.bytes(),
                    evidence.contentType(), evidence.storedAt());
        }
    }

    /** An application as its enterprise and the regulators of its region see it (not who decided it). */
    record RepairView(String id, String uscc, String region, RepairTarget target, String targetId, String statement,
            List<RepairApplication.Evidence> evidence, Instant appliedAt, RepairApplication.Status status,
            Instant decidedAt, String note) {

        static RepairView of(RepairApplication a) {
            return new RepairView(a.id(), a.uscc(), a.region(), a.target(), a.targetId(), a.statement(), a.evidence(),
                    a.appliedAt(), a.status(), a.decidedAt(), a.note());
        }
    }
}
