package org.qsp.credit.repair;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.contracts.credit.CreditRepairApplied;
import org.qsp.contracts.credit.CreditRepairDecided;
import org.qsp.platform.errors.Conflict;
import org.qsp.platform.outbox.OutboxDocument;

/**
 * An enterprise's application for credit repair (信用修复申请) of one target, and the regulator's decision on it. Its id
 * derives from the target and how many applications it had before, so that the same application twice is one. Filing
 * and deciding each raise their event in the same document write.
 */
@Document("repairs")
@CompoundIndex(name = "target", def = "{'target': 1, 'targetId': 1, 'status': 1}")
@CompoundIndex(name = "uscc_appliedAt", def = "{'uscc': 1, 'appliedAt': -1}")
@CompoundIndex(name = "region_appliedAt", def = "{'region': 1, 'appliedAt': -1}")
public class RepairApplication extends OutboxDocument {

    public enum Status {
        OPEN, APPROVED, REJECTED
    }

    public enum Decision {
        APPROVE, REJECT
    }

    /** An evidence file the application cites: its id under the enterprise, type, SHA-256 and size. */
    public record Evidence(String id, String contentType, String sha256, long bytes) {
    }

    @Id
    private String id;
    private String uscc;
    private String region;
    private RepairTarget target;
    private String targetId;
    private String statement;
    private List<Evidence> evidence = new ArrayList<>();
    private String fingerprint;
    private Instant appliedAt;
    private Status status;
    private Instant decidedAt;
    /** The deciding regulator's subject: internal. */
    private String decidedBy;
    private String note;

    RepairApplication() {
    }

    static RepairApplication apply(String id, String uscc, String region, RepairTarget target, String targetId,
            String statement, List<Evidence> evidence, String fingerprint, Instant at) {
        RepairApplication application = new RepairApplication();
        application.id = id;
        application.uscc = uscc;
        application.region = region;
        application.target = target;
        application.targetId = targetId;
        application.statement = statement;
        application.evidence = new ArrayList<>(evidence);
        application.fingerprint = fingerprint;
        application.appliedAt = at;
        application.status = Status.OPEN;
        application.raise(new CreditRepairApplied(id, uscc, target.name(), targetId, at));
        return application;
    }

    /**
     * Decides it once. The same decision again changes nothing (a replay); another decision after the first is a
     * conflict.
     */
    void decide(Decision decision, String by, String decisionNote, Instant at) {
        Status result = decision == Decision.APPROVE ? Status.APPROVED : Status.REJECTED;
        if (status == result) {
            return;
        }
        if (status != Status.OPEN) {
            throw new Conflict("repair-decided", "repair " + id + " was decided already: " + status);
        }
        status = result;
        decidedAt = at;
        decidedBy = by;
        note = decisionNote;
        raise(new CreditRepairDecided(id, uscc, target.name(), targetId, result.name(), at));
    }

    /** Its events are keyed by the enterprise's USCC on credit.enterprises, as the enterprise's own. */
    @Override
    protected String eventKey() {
        return uscc;
    }

    public boolean sameApplication(String otherFingerprint) {
        return fingerprint.equals(otherFingerprint);
    }

    public String id() {
        return id;
    }

    public String uscc() {
        return uscc;
    }

    public String region() {
        return region;
    }

    public RepairTarget target() {
        return target;
    }

    public String targetId() {
        return targetId;
    }

    public String statement() {
        return statement;
    }

    public List<Evidence> evidence() {
        return List.copyOf(evidence);
    }

    public Instant appliedAt() {
        return appliedAt;
    }

    public Status status() {
        return status;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String note() {
        return note;
    }
}
