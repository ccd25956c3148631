package org.qsp.contracts.rectification;

import java.time.Instant;
import java.util.List;

/**
 * The owning enterprise reported its correction: the measures taken and the evidence it cites, report number
 * {@code report} of the task (a new one after the regulator asked for more information). Key: taskId.
 */
public record RectificationTaskReported(String taskId, String uscc, int report, String measures,
        List<Evidence> evidence, Instant reportedAt) {

    public RectificationTaskReported {
        evidence = List.copyOf(evidence);
    }

    /** An evidence attachment of the task, as uploaded: its id, type and SHA-256. */
    public record Evidence(String evidenceId, String contentType, String sha256) {
    }
}
