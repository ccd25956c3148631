package org.qsp.system;

import java.util.List;
import java.util.Map;

import org.qsp.system.edge.ApiOperation;

/**
 * What the edge suites cover: every operation the services document, each with its base request
 * ({@link EdgeFixtures}, for a write) and its access rule ({@link AccessRules}), or the suites fail. An operation that
 * cannot be reached yet is named in {@link #NOT_YET} by path prefix with its reason.
 */
final class EdgeCoverage {

    /**
     * The operations the suites cannot reach yet, by path prefix, each with its reason (what the edge world lacks to
     * act on them, and what covers them meanwhile). Empty: every documented operation is covered. A prefix here that
     * no service documents any more fails the suites, so that an entry is removed with the operation.
     */
    static final Map<String, String> NOT_YET = Map.of();

    private EdgeCoverage() {
    }

    /** The operations the suites cover; fails when a prefix of {@link #NOT_YET} no longer names any operation. */
    static List<ApiOperation> covered(List<ApiOperation> documented) {
        NOT_YET.keySet().forEach(prefix -> {
            if (documented.stream().noneMatch(o -> o.path().startsWith(prefix))) {
                throw new IllegalStateException("EdgeCoverage.NOT_YET names " + prefix
                        + ", which no service documents any more: remove it");
            }
        });
        return documented.stream().filter(o -> NOT_YET.keySet().stream().noneMatch(o.path()::startsWith)).toList();
    }
}
