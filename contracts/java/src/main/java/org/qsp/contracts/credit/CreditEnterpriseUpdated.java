package org.qsp.contracts.credit;

import java.time.Instant;
import java.util.List;

/**
 * An enterprise of credit's registry changed (name, region, categories, status or class): the whole record as it now
 * stands, so that a consumer can replace its copy. {@code riskClass} is null when this update does not carry it
 * (class changes come as {@code credit.class.changed}). Key: uscc.
 */
public record CreditEnterpriseUpdated(String uscc, String name, String region, List<String> categories,
        String status, String riskClass, Instant updatedAt) {
}
