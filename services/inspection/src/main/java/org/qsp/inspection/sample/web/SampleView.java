package org.qsp.inspection.sample.web;

import java.time.Instant;
import java.util.List;

import org.qsp.inspection.sample.Conclusion;
import org.qsp.inspection.sample.ItemResult;
import org.qsp.inspection.sample.PartyRole;
import org.qsp.inspection.sample.Sample;
import org.qsp.inspection.sample.SampleStatus;
import org.qsp.inspection.sample.SamplingForm;
import org.qsp.inspection.sample.Verdict;

/** A sample as the API shows it: the form as recorded and, once there is one, the result. */
public record SampleView(String sampleId, SampleStatus status, Enterprise enterprise, Product product,
        Instant sampledAt, List<String> inspectorIds, Location location, String recordedBy, Instant recordedAt,
        Result result) {

    public record Enterprise(String uscc, String name, String region, PartyRole role, boolean usccCheckOverridden) {
    }

    public record Product(String name, String brand, String model, String batch) {
    }

    public record Location(double lat, double lon) {
    }

    public record Result(List<Item> items, Verdict overallVerdict, Instant concludedAt, String recordedBy,
            Instant recordedAt) {
    }

    public record Item(String item, String method, String limit, String measured, String unit, Verdict verdict,
            boolean safetyRelated) {
    }

    static SampleView of(Sample sample) {
        SamplingForm form = sample.form();
        var e = form.enterprise();
        var p = form.product();
        return new SampleView(sample.id().value(), sample.status(),
                new Enterprise(e.uscc(), e.name(), e.region(), e.role(), e.usccCheckOverridden()),
                new Product(p.name(), p.brand(), p.model(), p.batch()), form.sampledAt(), form.inspectorIds(),
                form.location() == null ? null : new Location(form.location().lat(), form.location().lon()),
                sample.recordedBy(), sample.recordedAt(), sample.conclusion().map(SampleView::result).orElse(null));
    }

    private static Result result(Conclusion conclusion) {
        return new Result(conclusion.report().items().stream().map(SampleView::item).toList(),
                conclusion.report().overallVerdict(), conclusion.concludedAt(), conclusion.recordedBy(),
                conclusion.recordedAt());
    }

    private static Item item(ItemResult i) {
        return new Item(i.item(), i.method(), i.limit(), i.measured(), i.unit(), i.verdict(), i.safetyRelated());
    }
}
