package org.qsp.contracts.recall;

import java.time.Instant;

import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.ProductRef;

/** The regulator ended a recall as TERMINATED (its reason stays in the service: a note may name people). */
public record RecallTerminated(String recallId, String kind, EnterpriseRef producer, ProductRef product,
        Instant terminatedAt) {
}
