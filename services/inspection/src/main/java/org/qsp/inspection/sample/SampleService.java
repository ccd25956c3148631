package org.qsp.inspection.sample;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.store.AggregateStore;

/** Use cases of a sample: record its form, record its result, read it, list a region's samples. */
@Service
public class SampleService {

    private final AggregateStore<Sample> samples;
    private final Samples queries;
    private final Clock clock;
    private final SampleProperties properties;

    SampleService(AggregateStore<Sample> samples, Samples queries, Clock clock, SampleProperties properties) {
        this.samples = samples;
        this.queries = queries;
        this.clock = clock;
        this.properties = properties;
    }

    /** Records the form; the same form again is answered as before, another form is a conflict. */
    public Recorded recordForm(SampleId id, SamplingForm form, Caller inspector) {
        var outcome = samples.insertIfAbsent(
                Sample.record(id, form, inspector.subject(), clock.instant(), properties.clockSkew()));
        if (!outcome.changed()) {
            outcome.aggregate().requireSameForm(form);
        }
        return Recorded.of(outcome);
    }

    /** Records the result, whose event the platform publishes; the same report again is answered as before. */
    public Recorded recordResult(SampleId id, ResultReport report, Caller caller) {
        return Recorded.of(samples.change(id.value(), sample -> {
            if (!SampleAccess.mayRecordResult(caller, sample)) {
                throw notFound(id);
            }
            sample.conclude(report, caller.subject(), clock.instant(), properties.clockSkew());
        }));
    }

    public Sample get(SampleId id, Caller caller) {
        return samples.find(id.value()).filter(s -> SampleAccess.mayRead(caller, s)).orElseThrow(() -> notFound(id));
    }

    /** The samples of the regions the regulator supervises (never beyond them), newest first. */
    public SamplePage list(String uscc, Verdict verdict, int page, int size, Caller regulator) {
        return queries.search(new SampleSearch(regulator.supervisedPrefix(), uscc, verdict), page, size);
    }

    private static NotFound notFound(SampleId id) {
        return new NotFound("sample", id.value());
    }
}
