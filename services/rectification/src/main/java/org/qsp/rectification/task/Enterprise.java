package org.qsp.rectification.task;

import java.util.List;
import java.util.stream.Stream;

import org.qsp.platform.region.Regions;

/** The enterprise that must rectify, as the failed-sample event described it. */
public record Enterprise(String uscc, String name, String region) {

    /**
     * The authorities (GB/T 2260 codes) that supervise this enterprise: its province, its city and
     * its own division. Stored with the task so that a regulator's list is one indexed lookup.
     */
    public List<String> supervisingRegions() {
        if (region == null || !region.matches("\\d{6}")) {
            return List.of();
        }
        return Stream.of(region.substring(0, 2) + "0000", region.substring(0, 4) + "00", region)
                .distinct().filter(authority -> Regions.covers(authority, region)).toList();
    }
}
