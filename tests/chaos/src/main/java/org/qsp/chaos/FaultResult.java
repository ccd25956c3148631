package org.qsp.chaos;

import java.time.Instant;

/**
 * One injected fault and how the system came back, in seconds since the fault (the {@code kill -9}, or the end of
 * the overload). The <b>recovery time</b> is until a probe sample, filed once the fault is over (the killed part
 * restarted and ready; the load back at its base rate), has its rectification task and its credit record (see
 * {@link Probe}). A fault counts as recovered when that happened and the load's own backlog was worked off too,
 * both within the recovery timeout.
 *
 * @param fault               what was done: {@code kill -9 <component>} or {@code overload 2x}
 * @param pid                 the killed process (null for the overload)
 * @param restartSeconds      until {@code stack.sh start} reported the component ready (null for the overload, or
 *                            when it did not start)
 * @param acknowledgedSeconds until the gateway acknowledged the probe's two PUTs
 * @param recoverySeconds     until the probe's task and credit record existed: the recovery time (null: not recovered)
 * @param backlogSeconds      until the load's samples in flight were back to their level before the fault (plus two
 *                            seconds of arrivals): the samples filed meanwhile were acknowledged (null: not in time)
 */
record FaultResult(String fault, Long pid, Instant injectedAt, Double restartSeconds, Double acknowledgedSeconds,
        Double recoverySeconds, Double backlogSeconds, boolean recovered, String probeSample, String note) {

    static FaultResult of(String fault, Long pid, Instant injectedAt, Double restartSeconds, Probe.Result probe,
            Double backlogSeconds, String note) {
        StringBuilder notes = new StringBuilder(note == null ? "" : note);
        if (!probe.flowed()) {
            notes.append(notes.isEmpty() ? "" : "; ").append(probe.failure());
        }
        if (backlogSeconds == null) {
            notes.append(notes.isEmpty() ? "" : "; ").append("backlog of the load not worked off");
        }
        return new FaultResult(fault, pid, injectedAt, restartSeconds, probe.acknowledgedSeconds(),
                probe.flowedSeconds(), backlogSeconds, probe.flowed() && backlogSeconds != null, probe.sampleId(),
                notes.isEmpty() ? null : notes.toString());
    }
}
