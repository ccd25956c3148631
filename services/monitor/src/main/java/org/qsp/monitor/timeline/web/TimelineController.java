package org.qsp.monitor.timeline.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.monitor.timeline.TimelineService;
import org.qsp.platform.access.Caller;
import org.qsp.platform.uscc.ValidUscc;

/** One case across services, and one enterprise, for the regulators of their region. */
@RestController
@RequestMapping("/api/monitor/v1")
@PreAuthorize("hasRole('REGULATOR')")
class TimelineController {

    private final TimelineService timelines;

    TimelineController(TimelineService timelines) {
        this.timelines = timelines;
    }

    record SubjectTimelineView(String subject, String kind, String uscc, String region, List<EntryView> entries) {
    }

    record EnterpriseTimelineView(String uscc, String name, String region, String creditClass, Integer creditScore,
            List<EntryView> entries) {
    }

    /** The timeline of a sample, task, case, recall, lead, investigation, cluster or alert id. */
    @GetMapping("/timeline")
    SubjectTimelineView timeline(@RequestParam @NotBlank @Size(max = 200) String subject, Caller caller) {
        var timeline = timelines.ofSubject(caller, subject.strip());
        var s = timeline.subject();
        return new SubjectTimelineView(s.id(), s.kind(), s.uscc(), s.region(),
                timeline.entries().stream().map(EntryView::of).toList());
    }

    @GetMapping("/enterprises/{uscc}/timeline")
    EnterpriseTimelineView enterprise(@PathVariable @ValidUscc String uscc, Caller caller) {
        var timeline = timelines.ofEnterprise(caller, uscc);
        var e = timeline.enterprise();
        return new EnterpriseTimelineView(e.uscc(), e.name(), e.region(), e.creditClass(), e.creditScore(),
                timeline.entries().stream().map(EntryView::of).toList());
    }
}
