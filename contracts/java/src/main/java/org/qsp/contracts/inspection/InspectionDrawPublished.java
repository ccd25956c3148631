package org.qsp.contracts.inspection;

import java.time.Instant;
import java.util.List;

/**
 * A reproducible random draw (双随机) of a plan was made and published: its seed, the algorithm version, the SHA-256
 * of the pool snapshot it drew from, and the enterprises it picked (USCCs only: classes are internal and inspector
 * pairs are not published). Key: drawId.
 */
public record InspectionDrawPublished(String drawId, String planId, String region, String level, int year,
        List<String> categories, String seed, String algorithm, String poolHash, int poolSize, List<String> picked,
        Instant drawnAt) {
}
