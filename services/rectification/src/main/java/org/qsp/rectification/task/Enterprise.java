package org.qsp.rectification.task;

import java.util.Optional;

import org.qsp.platform.region.Regions;
import org.qsp.platform.uscc.Uscc;

/**
 * The enterprise that must rectify, as the failed-sample event described it. Its GB/T 2260
 * {@code region} decides which regulators see the task ({@code Caller.supervises}).
 */
public record Enterprise(String uscc, String name, String region) {

    /**
     * The producer's registration region (its USCC's characters 3–8, GB 32100) when it lies in another city than the
     * enterprise's region: the task is handled by the authorities of the enterprise's region (its city and province),
     * so a registration elsewhere at city level is another authority's (DOMAIN.md §4 item 6).
     */
    Optional<String> registrationRegionElsewhere() {
        if (!Uscc.isWellFormed(uscc)) {
            return Optional.empty();
        }
        String registered = new Uscc(uscc, true).regionCode();
        if (!Regions.isKnown(registered) || registered.regionMatches(0, region, 0, 4)) {
            return Optional.empty();
        }
        return Optional.of(registered);
    }
}
