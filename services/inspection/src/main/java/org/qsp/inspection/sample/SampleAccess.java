package org.qsp.inspection.sample;

import org.qsp.platform.region.Regions;
import org.qsp.platform.security.Caller;
import org.qsp.platform.security.Role;

/**
 * Who may see and complete a sample. A caller who may not see a sample is told it does not exist,
 * so that sample ids do not leak.
 */
public final class SampleAccess {

    private SampleAccess() {
    }

    /** Its signing inspectors, any lab, a regulator covering the enterprise's region, the sampled enterprise. */
    public static boolean mayRead(Caller caller, Sample sample) {
        SampledEnterprise enterprise = sample.form().enterprise();
        return mayRecordResult(caller, sample)
                || caller.has(Role.REGULATOR)
                        && caller.region().filter(r -> Regions.covers(r, enterprise.region())).isPresent()
                || caller.isEnterprise(enterprise.uscc());
    }

    /** Its signing inspectors and any lab. */
    public static boolean mayRecordResult(Caller caller, Sample sample) {
        return caller.has(Role.LAB) || caller.has(Role.INSPECTOR) && sample.form().signedBy(caller.subject());
    }
}
