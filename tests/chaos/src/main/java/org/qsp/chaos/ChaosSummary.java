package org.qsp.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything a chaos run found, as {@code summary.json} has it. The top-level numbers first: {@code acknowledged},
 * {@code lost}, {@code duplicated}, {@code poison}, {@code deadLettered}, {@code faults}; then the detail they come
 * from.
 *
 * @param faults              faults injected: every {@code kill -9} and the overload phase
 * @param rate                the base load, samples per second (the overload phase drives twice the capacity)
 * @param poison              poison records sent to {@code inspection.samples}
 * @param deadLettered        dead letters of that poison on {@code inspection.samples-dlt}
 * @param expectedDeadLetters one per consuming group per dead-letterable poison record (unknown types are skipped)
 * @param recovered           every fault recovered within the recovery timeout
 * @param settled             the system came to rest before the counting (else the counts are not final)
 * @param passed              none of {@code failures}
 * @param failures            why the run failed, one line each (empty when it passed)
 * @param faultTable          the faults in the order injected, with their recovery times
 * @param unknownTypeSkipped  per consuming service, how many unknown-type records it skipped (metrics)
 * @param unacknowledged      samples filed but never acknowledged (given up at the end, or refused): not counted as
 *                            lost, but their effects are checked for duplicates
 * @param republished         event records on the topics published again with the same {@code ce_id}
 * @param traffic             every answer of the run by phase
 */
record ChaosSummary(String run, String startedAt, String finishedAt, double durationSeconds,
        long acknowledged, long lost, long duplicated, int poison, int deadLettered, int faults, double rate,
        long tasks, long creditRecords, int expectedDeadLetters, boolean recovered, boolean settled, boolean passed,
        List<String> failures, List<FaultResult> faultTable, Overload overload, PoisonTally poisonDetail,
        Map<String, Double> unknownTypeSkipped, Accounting accounting, int unacknowledged,
        Map<String, String> refused, long republished, Map<String, StatusCounts.Snapshot> traffic,
        Map<String, Object> settings) {

    /** The reasons a run with these findings fails (exit status 1). */
    static List<String> failures(Accounting accounting, List<FaultResult> faults, PoisonRun.Result poison,
            boolean settled) {
        List<String> failures = new ArrayList<>();
        if (!settled) {
            failures.add("the system did not settle: the counts below may not be final");
        }
        if (accounting.lost() > 0) {
            failures.add(accounting.lost() + " acknowledged sample(s) lost (no task or no credit record)");
        }
        if (accounting.duplicated() > 0) {
            failures.add(accounting.duplicated() + " duplicated effect(s): " + accounting.byKind());
        }
        faults.stream().filter(f -> !f.recovered())
                .forEach(f -> failures.add(f.fault() + " did not recover: " + f.note()));
        poison.problems().forEach(problem -> failures.add("poison: " + problem));
        return List.copyOf(failures);
    }
}
