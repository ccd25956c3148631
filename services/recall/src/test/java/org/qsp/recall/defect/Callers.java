package org.qsp.recall.defect;

import java.util.Optional;
import java.util.Set;

import org.qsp.platform.access.Caller;
import org.qsp.platform.access.Role;

/** Callers as tokens describe them, for the unit tests of the aggregates. */
public final class Callers {

    private Callers() {
    }

    public static Caller enterprise(String uscc) {
        return new Caller("ent-" + uscc, Set.of(Role.ENTERPRISE), Optional.of(uscc), Optional.empty());
    }

    public static Caller regulator(String region) {
        return new Caller("regulator-" + region, Set.of(Role.REGULATOR), Optional.empty(), Optional.of(region));
    }
}
