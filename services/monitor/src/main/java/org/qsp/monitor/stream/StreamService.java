package org.qsp.monitor.stream;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Service;
import org.qsp.monitor.timeline.Projection;
import org.qsp.monitor.event.ObservedEvent;
import org.qsp.platform.access.Caller;
import org.qsp.platform.access.Role;
import org.qsp.platform.errors.InvalidField;

/** Feeds the instance's stream with every event it reads, and opens viewers on it. */
@Service
public class StreamService {

    private final StreamHub hub;
    private final Projection projection;

    public StreamService(StreamHub hub, Projection projection) {
        this.hub = hub;
        this.projection = projection;
    }

    /** Describes the event as its timeline entry (without writing anything) and hands it to the viewers. */
    public long publish(ObservedEvent event) {
        return hub.publish(projection.describeLive(event));
    }

    /**
     * A viewer of the caller: a regulator needs a valid region claim; an operator (ADMIN) sees every region.
     *
     * @param types       comma-separated type prefixes, or null
     * @param lastEventId the last event the client got (the SSE {@code Last-Event-ID}), or null
     */
    public Viewer open(Caller caller, String types, String region, String uscc, String text, String lastEventId) {
        if (!caller.has(Role.ADMIN)) {
            caller.requireRegion();
        }
        if (region != null && !region.isBlank() && !region.strip().matches("\\d{1,6}")) {
            throw new InvalidField("invalid-region-prefix", "region", "a region prefix is 1 to 6 digits");
        }
        List<String> prefixes = types == null ? List.of() : Arrays.asList(types.split(","));
        return hub.open(new ViewerFilter(caller, prefixes, region, uscc, text), sequence(lastEventId));
    }

    public void close(Viewer viewer) {
        hub.close(viewer);
    }

    public void closeAll() {
        hub.closeAll();
    }

    private static Long sequence(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(lastEventId.strip());
        } catch (NumberFormatException e) {
            throw new InvalidField("invalid-last-event-id", "Last-Event-ID", "an event id of this stream is a number");
        }
    }
}
