package org.qsp.inspection.pool;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** The enterprise pool's store: last write wins per USCC, so every write may be repeated. */
public interface EnterprisePool {

    /**
     * Sets what the entries name, by USCC (creating entries that are missing); a null class leaves the stored one.
     */
    void upsertAll(List<PoolEnterprise> entries);

    /** Sets an enterprise's class (creating a bare entry, not drawable until registered, when there is none). */
    void classChanged(String uscc, RiskClass riskClass, Instant at);

    /**
     * Every drawable enterprise (ACTIVE, with a class) whose region starts with the prefix and that has one of the
     * categories, in USCC order: one query with a projection, each handed to {@code sink} as it is read.
     */
    void eligible(String regionPrefix, List<String> categories, Consumer<Eligible> sink);

    /** A drawable enterprise as the draw reads it. */
    record Eligible(String uscc, RiskClass riskClass, List<String> categories) {
    }
}
