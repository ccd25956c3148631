package org.qsp.monitor.timeline;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where timeline entries and subjects are kept. Every write is idempotent: the same event again changes nothing. */
public interface Timelines {

    Optional<Subject> subject(String id);

    List<Subject> subjects(Collection<String> ids);

    /** Creates the subject or adds to what is known of it (kind, enterprise and region only where unknown). */
    void remember(Subject subject);

    /** Stores the entry unless it is there, then adds its subjects to the stored one. */
    void record(TimelineEntry entry);

    /** The subjects of the entries of a trace that name cases of their own. */
    List<String> subjectsOfTrace(String traceId);

    /** Puts the standalone entries of a trace on the timelines of {@code subjects} as well. */
    void linkStandaloneOfTrace(String traceId, List<String> subjects);

    /** Whether the subject's timeline holds an event of that type. */
    boolean has(String subjectId, String type);

    /** The entries of a subject's timeline, oldest first, at most {@code limit}. */
    List<TimelineEntry> ofSubject(String id, int limit);

    /** The entries of an enterprise, oldest first, at most {@code limit}. */
    List<TimelineEntry> ofEnterprise(String uscc, int limit);
}
