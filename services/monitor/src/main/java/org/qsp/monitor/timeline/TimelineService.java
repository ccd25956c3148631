package org.qsp.monitor.timeline;

import java.util.List;

import org.springframework.stereotype.Service;
import org.qsp.monitor.enterprise.Enterprise;
import org.qsp.monitor.enterprise.Enterprises;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.NotFound;

/** The timelines a regulator may read: of a subject, or of an enterprise, in the regions it supervises. */
@Service
public class TimelineService {

    public static final int MAX_ENTRIES = 1000;

    private final Timelines timelines;
    private final Enterprises enterprises;

    public TimelineService(Timelines timelines, Enterprises enterprises) {
        this.timelines = timelines;
        this.enterprises = enterprises;
    }

    public record SubjectTimeline(Subject subject, List<TimelineEntry> entries) {
    }

    public record EnterpriseTimeline(Enterprise enterprise, List<TimelineEntry> entries) {
    }

    /** 404 for a subject the monitor never saw and for one outside the caller's regions alike. */
    public SubjectTimeline ofSubject(Caller caller, String id) {
        Subject subject = timelines.subject(id).filter(s -> s.region() != null && caller.supervises(s.region()))
                .orElseThrow(() -> new NotFound("subject", id));
        return new SubjectTimeline(subject, timelines.ofSubject(id, MAX_ENTRIES));
    }

    public EnterpriseTimeline ofEnterprise(Caller caller, String uscc) {
        Enterprise enterprise = enterprises.find(uscc)
                .filter(e -> e.region() != null && caller.supervises(e.region()))
                .orElseThrow(() -> new NotFound("enterprise", uscc));
        return new EnterpriseTimeline(enterprise, timelines.ofEnterprise(uscc, MAX_ENTRIES));
    }
}
