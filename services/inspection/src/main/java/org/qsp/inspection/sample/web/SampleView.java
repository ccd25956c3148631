package org.qsp.inspection.sample.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.qsp.inspection.sample.Conclusion;
import org.qsp.inspection.sample.Contest;
import org.qsp.inspection.sample.Finalization;
import org.qsp.inspection.sample.ItemResult;
import org.qsp.inspection.sample.ObjectionDecision;
import org.qsp.inspection.sample.PartyRole;
import org.qsp.inspection.sample.ProductClass;
import org.qsp.inspection.sample.ResultStage;
import org.qsp.inspection.sample.Sample;
import org.qsp.inspection.sample.SampleStatus;
import org.qsp.inspection.sample.SamplingForm;
import org.qsp.inspection.sample.SamplingType;
import org.qsp.inspection.sample.Verdict;

/**
 * A sample as the API shows it: the form as recorded and, once there is one, the result and its way to the final
 * verdict ({@code verdict}: null before a result).
 */
public record SampleView(String sampleId, SampleStatus status, Enterprise enterprise, Product product,
        Instant sampledAt, List<String> inspectorIds, Location location, String recordedBy, Instant recordedAt,
        String taskId, SamplingType samplingType, String category, ProductClass productClass,
        List<String> sealNumbers, Party party, Result result, VerdictView verdict) {

    public record Party(String signaturePhotoId, String refusalNote, String witness) {
    }

    /**
     * @param stage     OPEN, OBJECTED, RETEST_REQUESTED or FINAL
     * @param contestBy the last day to object or apply for a re-test (null when there is none)
     * @param contest   how the enterprise contested the result (null when it did not)
     * @param retest    the re-test's conclusion (null when there is none)
     * @param finalVerdict the final verdict (null while it is not final)
     */
    public record VerdictView(ResultStage stage, LocalDate contestBy, ContestView contest,
            ObjectionDecision decision, RetestView retest, FinalView finalVerdict) {
    }

    public record ContestView(Contest.Kind kind, String reason, Instant at) {
    }

    public record RetestView(Verdict verdict, String lab, String note) {
    }

    public record FinalView(Verdict verdict, Finalization basis, Instant at) {
    }

    public record Enterprise(String uscc, String name, String region, PartyRole role, boolean usccCheckOverridden) {
    }

    public record Product(String name, String brand, String model, String batch) {
    }

    public record Location(double lat, double lon, Double accuracy) {
    }

    public record Result(List<Item> items, Verdict overallVerdict, Instant concludedAt, String recordedBy,
            Instant recordedAt) {
    }

    public record Item(String item, String method, String limit, String measured, String unit, Verdict verdict,
            boolean safetyRelated, boolean microbiological) {
    }

    static SampleView of(Sample sample) {
        SamplingForm form = sample.form();
        var e = form.enterprise();
        var p = form.product();
        return new SampleView(sample.id().value(), sample.status(),
                new Enterprise(e.uscc(), e.name(), e.region(), e.role(), e.usccCheckOverridden()),
                new Product(p.name(), p.brand(), p.model(), p.batch()), form.sampledAt(), form.inspectorIds(),
                form.location() == null ? null
                        : new Location(form.location().lat(), form.location().lon(), form.location().accuracy()),
                sample.recordedBy(), sample.recordedAt(), form.taskId(), form.samplingType(), form.category(),
                form.productClass(), form.sealNumbers(),
                form.party() == null ? null : new Party(form.party().signaturePhotoId(), form.party().refusalNote(),
                        form.party().witness()),
                sample.conclusion().map(SampleView::result).orElse(null), verdict(sample));
    }

    private static VerdictView verdict(Sample sample) {
        return sample.resultStage().map(stage -> new VerdictView(stage, sample.contestBy().orElse(null),
                sample.contest().map(c -> new ContestView(c.kind(), c.reason(), c.at())).orElse(null),
                sample.decision().orElse(null),
                sample.retest().map(r -> new RetestView(r.verdict(), r.lab(), r.note())).orElse(null),
                sample.finalVerdict().map(f -> new FinalView(f.verdict(), f.basis(), f.at())).orElse(null)))
                .orElse(null);
    }

    private static Result result(Conclusion conclusion) {
        return new Result(conclusion.report().items().stream().map(SampleView::item).toList(),
                conclusion.report().overallVerdict(), conclusion.concludedAt(), conclusion.recordedBy(),
                conclusion.recordedAt());
    }

    private static Item item(ItemResult i) {
        return new Item(i.item(), i.method(), i.limit(), i.measured(), i.unit(), i.verdict(), i.safetyRelated(),
                i.microbiological());
    }
}
