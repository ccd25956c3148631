package org.qsp.inspection.sample;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.qsp.inspection.inspector.InspectorDirectory;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.store.AggregateStore;

/** Use cases of a sample: record its form, record its result, read it, list a region's samples. */
@Service
public class SampleService {

    private final AggregateStore<Sample> samples;
    private final Samples queries;
    private final Clock clock;
    private final InspectorDirectory inspectors;
    private final TimeBounds bounds;

    SampleService(AggregateStore<Sample> samples, Samples queries, Clock clock, SampleProperties properties,
            InspectorDirectory inspectors) {
        this.samples = samples;
        this.queries = queries;
        this.clock = clock;
        this.bounds = properties.bounds();
        this.inspectors = inspectors;
    }

    /**
     * Records the form of an inspector who acts for the enterprise's region, co-signed by a known
     * inspector of the same authority; the same form again is answered as before, another form is a
     * conflict.
     */
    public Recorded recordForm(SampleId id, SamplingForm form, Caller inspector) {
        Signatures.check(form, inspector, inspectors);
        var outcome = samples.insertIfAbsent(
                Sample.record(id, form, inspector.subject(), clock.instant(), bounds));
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
            sample.conclude(report, caller.subject(), clock.instant(), bounds);
        }));
    }

    public Sample get(SampleId id, Caller caller) {
        return samples.find(id.value()).filter(s -> SampleAccess.mayRead(caller, s)).orElseThrow(() -> notFound(id));
    }

    /**
     * The samples of the regions the regulator supervises (never beyond them), newest first,
     * optionally narrowed to one region ({@code region}, may be null).
     */
    public SamplePage list(String region, String uscc, Verdict verdict, int page, int size, Caller regulator) {
        return regulator.supervisedPrefixWithin(region)
                .map(prefix -> queries.search(new SampleSearch(prefix, uscc, verdict), page, size))
                .orElseGet(() -> new SamplePage(List.of(), 0));
    }

    private static NotFound notFound(SampleId id) {
        return new NotFound("sample", id.value());
    }
}
