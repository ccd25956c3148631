package org.qsp.harness;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the pipeline left of one failed sample in the services' own databases, each time by the clock of the service
 * that wrote it: when inspection recorded the result, when rectification issued the notice of task
 * {@code RT-<sampleId>}, and when credit recorded each credit record about the sample (one, unless an effect was
 * doubled). A time is null, or the list empty, while that effect is missing.
 */
public record SampleTrail(String sampleId, String uscc, Instant resultRecordedAt, Instant noticeIssuedAt,
        List<Instant> creditRecordedAt) {

    public SampleTrail {
        creditRecordedAt = List.copyOf(creditRecordedAt);
    }

    /** The result, the notice and a credit record are all there. */
    public boolean complete() {
        return resultRecordedAt != null && noticeIssuedAt != null && !creditRecordedAt.isEmpty();
    }

    public Optional<Instant> firstCreditRecordedAt() {
        return creditRecordedAt.stream().min(Instant::compareTo);
    }

    /** From the result recorded to the notice issued. */
    public Optional<Duration> toNotice() {
        return between(resultRecordedAt, noticeIssuedAt);
    }

    /** From the result recorded to the first credit record. */
    public Optional<Duration> toCredit() {
        return between(resultRecordedAt, firstCreditRecordedAt().orElse(null));
    }

    /** When the last of the notice and the first credit record was written: the sample has gone through. */
    public Optional<Instant> settledAt() {
        if (!complete()) {
            return Optional.empty();
        }
        Instant credit = firstCreditRecordedAt().orElseThrow();
        return Optional.of(credit.isAfter(noticeIssuedAt) ? credit : noticeIssuedAt);
    }

    private static Optional<Duration> between(Instant from, Instant to) {
        return from == null || to == null ? Optional.empty() : Optional.of(Duration.between(from, to));
    }
}
