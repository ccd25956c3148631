package org.qsp.complaint.cases;

import java.time.Instant;

/** A case sent back by an authority that is not competent (不属于本部门管辖), with its reason. */
public record Dispatch(String fromRegion, String reason, Instant at, String toRegion) {
}
