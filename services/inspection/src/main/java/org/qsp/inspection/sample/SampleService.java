package org.qsp.inspection.sample;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.errors.OptimisticRetry;
import org.qsp.platform.outbox.Outbox;
import org.qsp.platform.outbox.OutboxRelay;
import org.qsp.platform.security.Caller;

/** Use cases of a sample: record its form, record its result, read it, list a region's samples. */
@Service
public class SampleService {

    private final Samples samples;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final Clock clock;
    private final SampleProperties properties;

    SampleService(Samples samples, Outbox outbox, OutboxRelay relay, Clock clock, SampleProperties properties) {
        this.samples = samples;
        this.outbox = outbox;
        this.relay = relay;
        this.clock = clock;
        this.properties = properties;
    }

    /** Records the form; the same form again is answered as before, another form is a conflict. */
    public Recorded recordForm(SampleId id, SamplingForm form, Caller inspector) {
        form.requireSignedBy(inspector.subject());
        return OptimisticRetry.run(() -> {
            var existing = samples.find(id);
            if (existing.isPresent()) {
                existing.get().requireSameForm(form);
                return new Recorded(existing.get(), false);
            }
            Sample sample = Sample.record(id, form, inspector.subject(), clock.instant(), properties.clockSkew());
            return new Recorded(samples.save(sample), true);
        });
    }

    /** Records the result and publishes its event; the same report again is answered as before. */
    public Recorded recordResult(SampleId id, ResultReport report, Caller caller) {
        Recorded recorded = OptimisticRetry.run(() -> {
            Sample sample = samples.find(id).filter(s -> SampleAccess.mayRecordResult(caller, s))
                    .orElseThrow(() -> new NotFound("sample", id.value()));
            if (!sample.conclude(report, caller.subject(), clock.instant(), properties.clockSkew(), outbox)) {
                return new Recorded(sample, false);
            }
            return new Recorded(samples.save(sample), true);
        });
        if (recorded.created()) {
            publishSoon(id);
        }
        return recorded;
    }

    private void publishSoon(SampleId id) {
        relay.publishSoon(Samples.COLLECTION, id.value());
    }

    public Sample get(SampleId id, Caller caller) {
        return samples.find(id).filter(s -> SampleAccess.mayRead(caller, s))
                .orElseThrow(() -> new NotFound("sample", id.value()));
    }

    /** The samples of the regulator's region (never beyond it), newest first. */
    public SamplePage list(String uscc, Verdict verdict, int page, int size, Caller regulator) {
        String region = regulator.requireRegion();
        return samples.search(new SampleSearch(region, uscc, verdict), page, size);
    }
}
