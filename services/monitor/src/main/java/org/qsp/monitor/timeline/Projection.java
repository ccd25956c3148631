package org.qsp.monitor.timeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.qsp.monitor.enterprise.Enterprises;
import org.qsp.monitor.event.EventFacts;
import org.qsp.monitor.event.ObservedEvent;
import org.qsp.monitor.event.SubjectRef;
import org.qsp.monitor.event.Summaries;

/**
 * Projects events into timelines. {@link #describeLive} reads only (the live stream uses it); {@link #project} also
 * remembers the subjects and their links and stores the entry. An event's timelines are its own aggregate's, those
 * of the ids it names and their ancestors; an event that names no case (a credit class change) joins the
 * timelines of the other events of its trace, whichever of them is projected first.
 */
@Service
public class Projection {

    private final Timelines timelines;
    private final Enterprises enterprises;
    private final Summaries summaries;

    public Projection(Timelines timelines, Enterprises enterprises, Summaries summaries) {
        this.timelines = timelines;
        this.enterprises = enterprises;
        this.summaries = summaries;
    }

    /**
     * The entry of an event for the live stream, without writing anything: its own case and those it names with
     * their ancestors, but not, for an event that names no case, the cases of its trace. That lookup reads the
     * entries of the trace, and the stream's one reader must keep up with the topics; such an event (a credit class
     * change) reaches its case timelines when it is projected, and the console opens its enterprise instead.
     */
    public TimelineEntry describeLive(ObservedEvent event) {
        EventFacts facts = EventFacts.of(event);
        return describe(event, facts, facts.own(), false);
    }

    private TimelineEntry describe(ObservedEvent event, EventFacts facts, SubjectRef own, boolean withTrace) {
        boolean standalone = SubjectRef.ENTERPRISE.equals(own.kind()) || own.id() == null;
        Set<String> subjects = new LinkedHashSet<>();
        if (!standalone) {
            subjects.add(own.id());
        }
        facts.linked().stream().filter(r -> !SubjectRef.ENTERPRISE.equals(r.kind())).forEach(r -> subjects.add(r.id()));
        List<String> direct = new ArrayList<>(subjects);
        timelines.subjects(direct).forEach(s -> subjects.addAll(s.ancestors()));
        if (withTrace && standalone && event.traceId() != null) {
            subjects.addAll(timelines.subjectsOfTrace(event.traceId()));
        }
        Optional<String> uscc = facts.uscc();
        String region = facts.region()
                .or(() -> uscc.flatMap(enterprises::find).map(e -> e.region()))
                .or(() -> uscc.flatMap(EventFacts::regionOfUscc))
                .orElse(null);
        return new TimelineEntry(event.eventKey(), event.eventId(), event.type(), event.time(), event.service(),
                summaries.of(event.type(), event.payload()), event.traceId(), List.copyOf(subjects),
                uscc.orElse(null), region, standalone);
    }

    /** Projects the event; projecting it again changes nothing. */
    public TimelineEntry project(ObservedEvent event) {
        EventFacts facts = EventFacts.of(event);
        facts.uscc().ifPresent(uscc -> enterprises.remember(uscc, facts.enterpriseName().orElse(null),
                facts.homeRegion().orElse(null)));
        SubjectRef own = facts.own();
        TimelineEntry entry = describe(event, facts, own, true);
        if (!entry.standalone()) {
            List<String> ancestors = new ArrayList<>(entry.subjects());
            ancestors.remove(own.id());
            timelines.remember(new Subject(own.id(), own.kind(), entry.uscc(), entry.region(), ancestors));
            for (SubjectRef linked : facts.linked()) {
                if (!SubjectRef.ENTERPRISE.equals(linked.kind())) {
                    timelines.remember(new Subject(linked.id(), linked.kind(), entry.uscc(), entry.region(),
                            List.of()));
                }
            }
            if (entry.traceId() != null) {
                timelines.linkStandaloneOfTrace(entry.traceId(), entry.subjects());
            }
        }
        timelines.record(entry);
        return entry;
    }
}
