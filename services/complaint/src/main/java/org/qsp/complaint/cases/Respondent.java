package org.qsp.complaint.cases;

/**
 * The business complained about or reported: its name, USCC when known, address and GB/T 2260 region; for an
 * online seller also the platform it trades on and where that platform is registered.
 */
public record Respondent(String name, String uscc, String address, String region, OnlinePlatform platform) {

    public record OnlinePlatform(String name, String region) {
    }
}
