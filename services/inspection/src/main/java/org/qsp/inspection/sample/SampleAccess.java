package org.qsp.inspection.sample;

import org.qsp.platform.access.Caller;
import org.qsp.platform.access.Role;

/**
 * Who may see and complete a sample. A caller who may not see a sample is told it does not exist,
 * so that sample ids do not leak.
 */
public final class SampleAccess {

    private SampleAccess() {
    }

    /** Its signing inspectors, any lab, a regulator supervising the enterprise's region, the sampled enterprise. */
    public static boolean mayRead(Caller caller, Sample sample) {
        SampledEnterprise enterprise = sample.form().enterprise();
        return mayRecordResult(caller, sample) || caller.supervises(enterprise.region())
                || caller.isEnterprise(enterprise.uscc());
    }

    /** Its signing inspectors and any lab. */
    public static boolean mayRecordResult(Caller caller, Sample sample) {
        return caller.has(Role.LAB) || caller.has(Role.INSPECTOR) && sample.form().signedBy(caller.subject());
    }
}
