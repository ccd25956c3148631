package org.qsp.contracts.credit;

import java.time.Instant;
import java.util.List;

/**
 * An enterprise entered credit's registry (检查对象名录库): USCC, name, GB/T 2260 region, the product category codes
 * it makes or sells, its status (ACTIVE, SUSPENDED, CLOSED) and, when known, its current risk class. Key: uscc.
 */
public record CreditEnterpriseRegistered(String uscc, String name, String region, List<String> categories,
        String status, String riskClass, Instant registeredAt) {
}
