package org.qsp.recall.defect;

import org.qsp.contracts.EnterpriseRef;

/** The enterprise that made the product (生产者): USCC, name and the GB/T 2260 region where it is. */
public record Producer(String uscc, String name, String region) {

    public EnterpriseRef ref() {
        return new EnterpriseRef(uscc, name, region);
    }
}
