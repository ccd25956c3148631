package org.qsp.contracts;

/** The enterprise an event is about, as the producer knew it (event-carried state). */
public record EnterpriseRef(String uscc, String name, String region) {
}
