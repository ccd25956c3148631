package org.qsp.credit.registry;

/** Whether an enterprise of the registry operates: only ACTIVE ones are drawn for sampling. */
public enum RegistryStatus {
    ACTIVE, SUSPENDED, CLOSED
}
