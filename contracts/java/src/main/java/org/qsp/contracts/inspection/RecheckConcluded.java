package org.qsp.contracts.inspection;

import java.time.Instant;

/**
 * The re-check sampling (复查) that rectification requested has its final verdict (raised once, in the same write as
 * the sample's {@link SampleFinalized}; key: sampleId). Rectification and credit act on this event for a re-check,
 * never on the re-check sample's {@link SampleFinalized} (whose {@code taskType} is RECHECK).
 *
 * @param rectificationTaskId the rectification task whose re-check this was (the request's taskId)
 * @param round               1 or 2, as the request named it
 * @param inspectionTaskId    inspection's RECHECK sampling task that the form fulfilled
 * @param verdict             PASS or FAIL, final
 * @param basis               how the verdict became final, as in {@link SampleFinalized#basis()}
 * @param concludedAt         when the verdict became final
 */
public record RecheckConcluded(String rectificationTaskId, int round, String inspectionTaskId, String sampleId,
        String uscc, String region, String verdict, String basis, Instant concludedAt) {

    public boolean passed() {
        return "PASS".equals(verdict);
    }
}
