package org.qsp.monitor.enterprise;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The enterprises the events named. Writes are idempotent; an older class change never overwrites a newer one. */
public interface Enterprises {

    Optional<Enterprise> find(String uscc);

    /** Adds the enterprise, or fills in its name and region where they were unknown or have changed. */
    void remember(String uscc, String name, String region);

    /** Records a class change unless a later one is recorded already. */
    void classChanged(String uscc, String creditClass, int score, Instant at);

    /** How many enterprises of the regions under {@code regionPrefix} are in each credit class now. */
    Map<String, Long> classCounts(String regionPrefix);
}
