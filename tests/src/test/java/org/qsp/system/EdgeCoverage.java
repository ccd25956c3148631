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
     * Credit's penalties, lists, repairs and their public lookups (issue 11): their edge world (a penalty, a list
     * entry and a repair application per region to act on) is still to be built; until then credit's own
     * PenaltyAuthorizationMatrixTest (every role and region on every one of these operations) and PenaltyApiTest (each
     * class of bad input) cover them, against the service alone, not through the gateway.
     */
    static final Map<String, String> NOT_YET = Map.of(
            "/api/credit/v1/penalties", "the edge world has no penalty yet",
            "/api/credit/v1/lists", "the edge world has no list entry yet",
            "/api/credit/v1/repairs", "the edge world has no repair application yet",
            "/api/credit/v1/public/", "the edge world has no published penalty nor list entry yet");

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
