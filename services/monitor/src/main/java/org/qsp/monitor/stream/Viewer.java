package org.qsp.monitor.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One open stream: the events waiting for it, at most its queue's capacity. The hub never waits for a viewer; a
 * viewer whose queue is full is dropped (its queue is emptied and it is told why), so a slow one slows no other.
 */
public final class Viewer {

    /** What the stream writes next. */
    public sealed interface Next {
    }

    public record Event(StreamHub.Sequenced event) implements Next {
    }

    public record Heartbeat() implements Next {
    }

    public record Dropped(String reason) implements Next {
    }

    public record Closed() implements Next {
    }

    private static final Next CLOSED = new Closed();

    private final ViewerFilter filter;
    private final BlockingQueue<Next> queue;
    private final int capacity;
    private volatile boolean open = true;

    Viewer(ViewerFilter filter, int capacity) {
        this.filter = filter;
        this.capacity = capacity;
        this.queue = new ArrayBlockingQueue<>(capacity + 1);
    }

    /** Hands the event to this viewer if it may see it; false when that dropped the viewer. */
    boolean offer(StreamHub.Sequenced event) {
        if (!open || !filter.accepts(event.entry())) {
            return open;
        }
        if (queue.size() >= capacity || !queue.offer(new Event(event))) {
            open = false;
            queue.clear();
            queue.offer(new Dropped("the stream fell " + capacity + " events behind; reconnect with Last-Event-ID "
                    + "to resume from the newest events kept"));
            return false;
        }
        return true;
    }

    /** The next thing to write: an event, a heartbeat after {@code idle} without one, the drop, or the end. */
    public Next next(Duration idle) throws InterruptedException {
        Next next = queue.poll(idle.toMillis(), TimeUnit.MILLISECONDS);
        if (next != null) {
            return next;
        }
        return open ? new Heartbeat() : CLOSED;
    }

    /**
     * What to write next, as much of it as is waiting (up to {@code max}): the first thing as {@link #next}, then
     * whatever else is queued already, so that a writer that fell a little behind catches up in one write.
     */
    public List<Next> nextBatch(Duration idle, int max) throws InterruptedException {
        Next first = next(idle);
        List<Next> batch = new ArrayList<>(Math.min(max, queue.size() + 1));
        batch.add(first);
        if (first instanceof Event && max > 1) {
            queue.drainTo(batch, max - 1);
        }
        return batch;
    }

    /** Stops the viewer (the client went away, or the stream ended). */
    public void close() {
        open = false;
        queue.offer(CLOSED);
    }

    public boolean isOpen() {
        return open;
    }
}
