package org.qsp.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches a stepped run while it goes: once a level's window has passed (plus a grace for answers in flight), it
 * judges the level over HTTP, and after the saturation rule's number of failing levels in a row it asks the run to
 * stop, so that a saturated workload is not driven through the levels left.
 */
final class EarlyStop implements AutoCloseable {

    private static final Duration GRACE = Duration.ofMillis(1500);

    private final Observations observations;
    private final Load.Open load;
    private final Duration settle;
    private final Saturation saturation;
    private final List<LevelResult> judged = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bench-early-stop");
        thread.setDaemon(true);
        return thread;
    });

    EarlyStop(Phase phase, Duration settle, Saturation saturation) {
        this.observations = phase.observations();
        this.load = (Load.Open) phase.load();
        this.settle = settle;
        this.saturation = saturation;
        timer.scheduleWithFixedDelay(this::check, 250, 250, TimeUnit.MILLISECONDS);
    }

    private void check() {
        long started = observations.startedAtMs();
        if (started == 0 || observations.stopRequested()) {
            return;
        }
        List<LevelWindow> windows = load.windows(started, settle);
        long now = System.currentTimeMillis();
        while (judged.size() < windows.size() && now >= windows.get(judged.size()).toMs() + GRACE.toMillis()) {
            judged.add(saturation.judge(Levels.overHttp(windows.get(judged.size()), observations)));
            if (saturation.stop(judged)) {
                observations.requestStop(now);
                return;
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
