package org.qsp.chaos;

/**
 * How the system met twice its capacity (ARCHITECTURE.md §5: overload is shed early with 429/503 problem+json, never
 * by timing out). Judged from the answers to the requests sent during the overload phase.
 *
 * @param rate    samples per second offered during the phase (2x capacity)
 * @param status  the answers to the requests sent during the phase
 * @param verdict see {@link Verdict}
 */
record Overload(double capacity, String capacitySource, double rate, double seconds, StatusCounts.Snapshot status,
        Verdict verdict) {

    /** More client timeouts than this share of the phase's requests means the overload was met by timing out. */
    static final double TIMEOUT_SHARE = 0.01;
    /** Answers within this (99th percentile) were quick: rejections shed, not queued first; acceptances not queued. */
    static final long QUICK_MS = 1000;

    enum Verdict {
        /** Rejected with 429/503 quickly, (almost) no timeouts: shed. */
        SHED,
        /** Rejected with 429/503, (almost) no timeouts, but the rejections themselves were slow (queued first). */
        SHED_SLOWLY,
        /** Requests went unanswered past the client timeout: the overload was met by timing out. */
        TIMED_OUT,
        /** Neither rejections nor timeouts, but the acceptances were slow: the overload waited in queues (longer, it
         *  would have timed out). */
        QUEUED,
        /** Neither rejections nor timeouts, and quick answers: 2x the capacity figure did not overload the system. */
        NOT_SATURATED;

        String explanation() {
            return switch (this) {
                case SHED -> "shed: rejected with 429/503 within " + QUICK_MS + " ms (p99), timeouts at most "
                        + percent(TIMEOUT_SHARE) + " of requests";
                case SHED_SLOWLY -> "shed slowly: rejected with 429/503, but the p99 of rejections is above "
                        + QUICK_MS + " ms";
                case TIMED_OUT -> "timed out: more than " + percent(TIMEOUT_SHARE)
                        + " of requests got no answer within the client timeout";
                case QUEUED -> "queued: no rejections and no timeouts, but the p99 of acceptances is above " + QUICK_MS
                        + " ms";
                case NOT_SATURATED -> "not saturated: no rejections, no timeouts, acceptances within " + QUICK_MS
                        + " ms (p99) at 2x the capacity figure";
            };
        }
    }

    static Verdict judge(StatusCounts.Snapshot status) {
        if (status.requests() > 0 && status.timeouts() > TIMEOUT_SHARE * status.requests()) {
            return Verdict.TIMED_OUT;
        }
        if (status.rejections() == 0) {
            return status.okP99Ms() <= QUICK_MS ? Verdict.NOT_SATURATED : Verdict.QUEUED;
        }
        return status.rejectionP99Ms() <= QUICK_MS ? Verdict.SHED : Verdict.SHED_SLOWLY;
    }

    String explanation() {
        return verdict.explanation();
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
