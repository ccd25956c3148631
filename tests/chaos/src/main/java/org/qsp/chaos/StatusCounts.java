package org.qsp.chaos;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.qsp.chaos.Answer.Outcome;

/** The answers of one phase of the run, counted by outcome, with the latencies of acknowledgements and rejections. */
final class StatusCounts {

    private final Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
    private final Map<Integer, Long> otherStatuses = new TreeMap<>();
    private final List<Long> okMillis = new ArrayList<>();
    private final List<Long> rejectionMillis = new ArrayList<>();
    private final Map<String, Long> rejectionCodes = new TreeMap<>();
    private long rejectionsAsProblem;
    private long rejectionsWithRetryAfter;

    synchronized void add(Answer answer) {
        byOutcome.merge(answer.outcome(), 1L, Long::sum);
        if (answer.outcome() == Outcome.OTHER_STATUS) {
            otherStatuses.merge(answer.status(), 1L, Long::sum);
        }
        if (answer.acknowledged()) {
            okMillis.add(answer.millis());
        }
        if (answer.rejected()) {
            rejectionMillis.add(answer.millis());
            rejectionsAsProblem += answer.problemJson() ? 1 : 0;
            String code = answer.problemJson() ? answer.problemCode() : "(not problem+json)";
            rejectionCodes.merge(answer.status() + " " + code, 1L, Long::sum);
            rejectionsWithRetryAfter += answer.retryAfter().isPresent() ? 1 : 0;
        }
    }

    synchronized Snapshot snapshot() {
        Map<String, Long> others = new TreeMap<>();
        otherStatuses.forEach((status, count) -> others.put(Integer.toString(status), count));
        return new Snapshot(byOutcome.values().stream().mapToLong(Long::longValue).sum(), count(Outcome.OK),
                count(Outcome.TOO_MANY_REQUESTS), count(Outcome.UNAVAILABLE), count(Outcome.OTHER_STATUS), others,
                count(Outcome.TIMEOUT), count(Outcome.CONNECTION_ERROR), rejectionsAsProblem, rejectionsWithRetryAfter,
                new TreeMap<>(rejectionCodes),
                percentile(okMillis, 50), percentile(okMillis, 99), percentile(rejectionMillis, 50),
                percentile(rejectionMillis, 99));
    }

    private long count(Outcome outcome) {
        return byOutcome.getOrDefault(outcome, 0L);
    }

    /** Nearest-rank percentile; 0 when there is nothing to rank. */
    static long percentile(List<Long> values, int percent) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    /**
     * The counts at one moment. {@code status2xx}, {@code status429}, {@code status503}, {@code otherStatus} (by
     * code in {@code otherByStatus}), {@code timeouts} (no answer within the client timeout) and
     * {@code connectionErrors} (refused, reset) add up to {@code requests}. {@code rejectionCodes} counts the 429s and
     * 503s by status and problem {@code code} (which part refused: e.g. the gateway's circuit-breaker fallback
     * answers {@code service-unavailable}).
     */
    record Snapshot(long requests, long status2xx, long status429, long status503, long otherStatus,
            Map<String, Long> otherByStatus, long timeouts, long connectionErrors, long rejectionsAsProblemJson,
            long rejectionsWithRetryAfter, Map<String, Long> rejectionCodes, long okP50Ms, long okP99Ms, long rejectionP50Ms, long rejectionP99Ms) {

        long rejections() {
            return status429 + status503;
        }
    }
}
