package org.qsp.monitor.stream;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.qsp.monitor.timeline.TimelineEntry;

/**
 * The live stream of one monitor instance: a bounded ring of the newest events, numbered in arrival order, and the
 * open viewers. Each event is offered to every viewer without waiting for any; a viewer that resumes gets the
 * events after its last one that the ring still holds, then the live ones, with none missing or repeated between.
 */
public final class StreamHub {

    /**
     * An event and its number in this instance's stream (the SSE id), with the bytes its viewers receive: rendered by
     * the first viewer that writes it and shared by every other, so that a thousand viewers cost one serialization.
     */
    public static final class Sequenced {

        private final long sequence;
        private final TimelineEntry entry;
        private volatile byte[] frame;

        Sequenced(long sequence, TimelineEntry entry) {
            this.sequence = sequence;
            this.entry = entry;
        }

        public long sequence() {
            return sequence;
        }

        public TimelineEntry entry() {
            return entry;
        }

        /**
         * The event as written to a stream. Two viewers that race render it twice and keep either: the rendering is
         * a pure function of the event, so the copies are equal.
         */
        public byte[] frame(Function<Sequenced, byte[]> render) {
            byte[] rendered = frame;
            if (rendered == null) {
                rendered = render.apply(this);
                frame = rendered;
            }
            return rendered;
        }
    }

    private final Sequenced[] ring;
    private final int viewerQueue;
    private final Set<Viewer> viewers = ConcurrentHashMap.newKeySet();
    private long last;

    /**
     * @param firstSequence one less than the first event's number: an instance that restarts starts above the numbers
     *                      it gave before (from its clock), so that a viewer's Last-Event-ID never skips new events
     */
    public StreamHub(int ringSize, int viewerQueue, long firstSequence) {
        this.ring = new Sequenced[ringSize];
        this.viewerQueue = viewerQueue;
        this.last = firstSequence;
    }

    public synchronized long publish(TimelineEntry entry) {
        Sequenced event = new Sequenced(++last, entry);
        ring[(int) (event.sequence() % ring.length)] = event;
        viewers.removeIf(viewer -> !viewer.offer(event));
        return event.sequence();
    }

    /**
     * Opens a viewer; with {@code lastEventId}, first the ring's events after it that the viewer may see (the newest
     * ones that fit its queue, when more were missed).
     */
    public synchronized Viewer open(ViewerFilter filter, Long lastEventId) {
        Viewer viewer = new Viewer(filter, viewerQueue);
        if (lastEventId != null && lastEventId < last) {
            long first = Math.max(lastEventId + 1, last - ring.length + 1);
            long missed = 0;
            for (long s = first; s <= last; s++) {
                Sequenced event = ring[(int) (s % ring.length)];
                if (event != null && event.sequence() == s && filter.accepts(event.entry())) {
                    missed++;
                }
            }
            long skip = Math.max(0, missed - viewerQueue);
            for (long s = first; s <= last; s++) {
                Sequenced event = ring[(int) (s % ring.length)];
                if (event != null && event.sequence() == s && filter.accepts(event.entry()) && skip-- <= 0) {
                    viewer.offer(event);
                }
            }
        }
        viewers.add(viewer);
        return viewer;
    }

    public void close(Viewer viewer) {
        viewer.close();
        viewers.remove(viewer);
    }

    /** Ends every stream (the instance stops: the clients reconnect elsewhere and resume). */
    public synchronized void closeAll() {
        viewers.forEach(Viewer::close);
        viewers.clear();
    }

    public int viewers() {
        return viewers.size();
    }

    public synchronized long lastSequence() {
        return last;
    }
}
