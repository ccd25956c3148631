package org.qsp.contracts.rectification;

import java.time.Instant;

/**
 * The second re-check (round 2, sample {@code sampleId}) failed too: production and sale stay suspended for
 * rectification (责令停产停业整改) and the licence's revocation is recommended ({@code licenceRevocationRecommended}).
 * Key: taskId.
 */
public record RectificationTaskSuspended(String taskId, String uscc, int round, String sampleId,
        boolean licenceRevocationRecommended, Instant suspendedAt) {
}
