package org.qsp.credit.registry;

import org.qsp.platform.paging.Page;

/** Lists of the registry (a port: the store adapter implements it). */
public interface RegistryEntries {

    /** The entries whose region starts with the prefix ("" for all), of the category and status when given, by USCC. */
    Page<RegistryEntry> list(String regionPrefix, String category, RegistryStatus status, int page, int size);
}
