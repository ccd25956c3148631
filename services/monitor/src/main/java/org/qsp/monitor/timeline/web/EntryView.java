package org.qsp.monitor.timeline.web;

import java.time.Instant;
import java.util.List;

import org.qsp.monitor.timeline.TimelineEntry;

/** A timeline entry as the console shows it, on a timeline and in the live stream alike. */
public record EntryView(String eventId, String type, Instant time, String service, String summary, String traceId,
        List<String> subjects, String uscc, String region) {

    public static EntryView of(TimelineEntry entry) {
        return new EntryView(entry.eventId(), entry.type(), entry.time(), entry.service(), entry.summary(),
                entry.traceId(), entry.subjects(), entry.uscc(), entry.region());
    }
}
