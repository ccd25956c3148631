package org.qsp.monitor.timeline;

import java.time.Instant;
import java.util.List;

/**
 * One event on the timelines: what a viewer is shown of it (never its payload, only a summary without personal
 * data), the subjects whose timelines it is on, and where it belongs.
 *
 * @param eventKey   the CloudEvents source and id
 * @param subjects   the ids whose timelines show it: its own aggregate, the ones it names, and theirs
 * @param standalone whether it names no case of its own (a credit class change names only its enterprise): it then
 *                   joins the timelines of the events of its trace
 */
public record TimelineEntry(String eventKey, String eventId, String type, Instant time, String service,
        String summary, String traceId, List<String> subjects, String uscc, String region, boolean standalone) {

    public TimelineEntry {
        subjects = List.copyOf(subjects);
    }
}
