package org.qsp.inspection.sample;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.ProductRef;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.contracts.inspection.SamplePassed;
import org.qsp.platform.errors.InvalidField;
import org.qsp.platform.outbox.OutboxDocument;

/**
 * A supervisory sample: its sampling form, recorded once and never changed, and later its test
 * result, also recorded once. Recording the result raises SampleFailed or SamplePassed, saved in
 * the same document write (the outbox). Indexed for the regulators' lists: by region prefix and by
 * enterprise, newest sampling first.
 */
@Document("samples")
@CompoundIndex(def = "{'form.enterprise.region': 1, 'form.sampledAt': -1}")
@CompoundIndex(def = "{'form.enterprise.uscc': 1, 'form.sampledAt': -1}")
public class Sample extends OutboxDocument {

    @Id
    private final String id;
    private final SamplingForm form;
    private final String recordedBy;
    private final Instant recordedAt;
    private Conclusion conclusion;

    private Sample(String id, SamplingForm form, String recordedBy, Instant recordedAt, Conclusion conclusion) {
        this.id = id;
        this.form = form;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.conclusion = conclusion;
    }

    /**
     * A new sample from its form, recorded by one of its signing inspectors. The sampling time may
     * be ahead of {@code now} by at most the clock skew (phones' clocks drift), and behind it by at
     * most the horizon.
     */
    public static Sample record(SampleId id, SamplingForm form, String inspectorId, Instant now, TimeBounds bounds) {
        form.requireSignedBy(inspectorId);
        bounds.requireNotInFuture(form.sampledAt(), now, "sampledAt");
        bounds.requireWithinHorizon(form.sampledAt(), now, "sampledAt");
        return new Sample(id.value(), form, inspectorId, now.truncatedTo(ChronoUnit.MILLIS), null);
    }

    /** A form sent again for this sample must be the same form (an idempotent replay). */
    public void requireSameForm(SamplingForm sent) {
        if (!form.equals(sent)) {
            throw new SampleConflict(id, conclusion != null);
        }
    }

    /**
     * Records the test result and raises its event; a replay of the recorded report changes nothing.
     *
     * @throws ResultConflict when another result is already recorded
     */
    public void conclude(ResultReport report, String recordedBy, Instant now, TimeBounds bounds) {
        if (conclusion != null) {
            if (conclusion.report().equals(report)) {
                return;
            }
            throw new ResultConflict(id);
        }
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        Instant concludedAt = report.concludedAt() != null ? report.concludedAt()
                : (at.isBefore(form.sampledAt()) ? form.sampledAt() : at);
        bounds.requireNotInFuture(concludedAt, now, "concludedAt");
        if (concludedAt.isBefore(form.sampledAt())) {
            throw new InvalidField("concluded-before-sampled", "concludedAt",
                    "concludedAt " + concludedAt + " is before sampledAt " + form.sampledAt());
        }
        conclusion = new Conclusion(report, concludedAt, recordedBy, at);
        raiseVerdict();
    }

    private void raiseVerdict() {
        SampledEnterprise party = form.enterprise();
        EnterpriseRef enterprise = new EnterpriseRef(party.uscc(), party.name(), party.region());
        Product p = form.product();
        ProductRef product = new ProductRef(p.name(), p.brand(), p.model(), p.batch());
        if (conclusion.report().overallVerdict() == Verdict.FAIL) {
            var failedItems = conclusion.report().failedItems().stream()
                    .map(i -> new SampleFailed.FailedItem(i.item(), i.limit(), i.measured(), i.unit(),
                            i.safetyRelated()))
                    .toList();
            boolean hazard = failedItems.stream().anyMatch(SampleFailed.FailedItem::safetyRelated);
            raise(new SampleFailed(id, enterprise, product, form.sampledAt(), conclusion.concludedAt(), failedItems,
                    hazard));
        } else {
            raise(new SamplePassed(id, enterprise, product, form.sampledAt(), conclusion.concludedAt()));
        }
    }

    public SampleId id() {
        return new SampleId(id);
    }

    public SamplingForm form() {
        return form;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Optional<Conclusion> conclusion() {
        return Optional.ofNullable(conclusion);
    }

    public SampleStatus status() {
        if (conclusion == null) {
            return SampleStatus.SAMPLED;
        }
        return conclusion.report().overallVerdict() == Verdict.PASS ? SampleStatus.PASSED : SampleStatus.FAILED;
    }
}
