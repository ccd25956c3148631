package org.qsp.inspection.pool;

import java.util.List;
import java.util.Optional;

/** The inspector pool: the stored entries over the configured ones (a stored entry wins). */
public interface InspectorPool {

    Optional<PoolInspector> entry(String id);

    /** Every inspector whose authority's region starts with the prefix ("" for all), by id. */
    List<PoolInspector> withRegionPrefix(String prefix);

    void put(PoolInspector inspector);
}
