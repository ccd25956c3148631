package org.qsp.contracts.rectification;

import java.time.Instant;

/**
 * The producer is registered (its USCC's characters 3–8) in another region than the one whose authority handles the
 * task: that region's authority ({@code toRegion}, the registration region) is notified, for {@code reason} (e.g.
 * RECHECK_FAILED). {@code fromRegion} is the region of the task's enterprise. Key: taskId.
 */
public record RectificationTaskReferred(String taskId, String uscc, String enterpriseName, String fromRegion,
        String toRegion, String reason, Instant referredAt) {
}
