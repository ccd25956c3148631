package org.qsp.bench;

/**
 * The part of one arrival-rate level that is measured: from {@code fromMs} (the level's start plus a settling
 * second) to {@code toMs} (the level's end), epoch milliseconds. {@code offered} is the level's arrival rate,
 * operations per second.
 */
public record LevelWindow(int index, double offered, long fromMs, long toMs) {

    public LevelWindow {
        if (toMs <= fromMs) {
            throw new IllegalArgumentException("empty window " + fromMs + ".." + toMs);
        }
    }

    public boolean contains(long epochMs) {
        return epochMs >= fromMs && epochMs < toMs;
    }

    public double seconds() {
        return (toMs - fromMs) / 1000.0;
    }
}
