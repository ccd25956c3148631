package org.qsp.inspection.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.ProductRef;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.contracts.inspection.SampleFinalized;
import org.qsp.contracts.inspection.RecheckConcluded;
import org.qsp.contracts.inspection.SamplePassed;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.InvalidField;
import org.qsp.platform.outbox.OutboxDocument;

/**
 * A supervisory sample: its sampling form, recorded once and never changed, and later its test
 * result, also recorded once. Recording the result raises SampleFailed or SamplePassed, saved in
 * the same document write (the outbox). A FAIL then waits for its final verdict (ADR 0019): the
 * enterprise accepts it, contests it within its window (an objection for manufactured products, a
 * re-test for food and agricultural ones), or lets the window pass; a PASS and a risk-monitoring
 * FAIL are final at once. The final verdict raises SampleFinalized, once; the sample of a re-check task
 * (复查) raises RecheckConcluded with it, in the same write. A form that names its task keeps the task
 * ({@link TaskRef}) and a pending link until the task recorded the sample (docs/adr/0022). Indexed for the
 * regulators' lists (by region prefix and by enterprise, newest sampling first) and for the window
 * check (open results by their last day).
 */
@Document("samples")
@CompoundIndex(def = "{'form.enterprise.region': 1, 'form.sampledAt': -1}")
@CompoundIndex(def = "{'form.enterprise.uscc': 1, 'form.sampledAt': -1}")
@CompoundIndex(def = "{'resultStage': 1, 'contestBy': 1}")
@CompoundIndex(def = "{'taskPending': 1}", sparse = true)
public class Sample extends OutboxDocument {

    /** Who finalizes a verdict that no person decided (final at once, or by its window). */
    public static final String SYSTEM = "system";

    @Id
    private final String id;
    private final SamplingForm form;
    private final String recordedBy;
    private final Instant recordedAt;
    private Conclusion conclusion;
    private ResultStage resultStage;
    private LocalDate contestBy;
    private Contest contest;
    private ObjectionDecision decision;
    private RetestConclusion retest;
    private FinalVerdict finalVerdict;
    private TaskRef task;
    private Boolean taskPending;
    private Boolean taskConflict;

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
        return record(id, form, inspectorId, now, bounds, null);
    }

    /** {@link #record(SampleId, SamplingForm, String, Instant, TimeBounds)} of a form that fulfils {@code task}. */
    public static Sample record(SampleId id, SamplingForm form, String inspectorId, Instant now, TimeBounds bounds,
            TaskRef task) {
        form.requireSignedBy(inspectorId);
        bounds.requireNotInFuture(form.sampledAt(), now, "sampledAt");
        bounds.requireWithinHorizon(form.sampledAt(), now, "sampledAt");
        if (task != null && !task.id().equals(form.taskId())) {
            throw new IllegalArgumentException("task " + task.id() + " is not the form's " + form.taskId());
        }
        Sample sample = new Sample(id.value(), form, inspectorId, now.truncatedTo(ChronoUnit.MILLIS), null);
        sample.task = task;
        sample.taskPending = task == null ? null : Boolean.TRUE;
        return sample;
    }

    /** The task recorded this sample ({@code taken}), or another visit had closed it first: the link is settled. */
    public void taskRecorded(boolean taken) {
        taskPending = null;
        taskConflict = taken ? null : Boolean.TRUE;
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
    public void conclude(ResultReport report, String recordedBy, Instant now, TimeBounds bounds,
            ContestWindows windows) {
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
        if (report.overallVerdict() == Verdict.PASS) {
            raise(new SamplePassed(id, enterprise(), product(), form.sampledAt(), concludedAt,
                    form.samplingType().name(), form.category(), form.productClass().name(), form.taskId()));
            finalize(Verdict.PASS, Finalization.PASS_RESULT, at, SYSTEM);
        } else if (form.samplingType() == SamplingType.RISK_MONITORING) {
            raiseFailed(null);
            finalize(Verdict.FAIL, Finalization.RISK_MONITORING, at, SYSTEM);
        } else {
            resultStage = ResultStage.OPEN;
            contestBy = windows.lastDay(form.productClass(), at);
            raiseFailed(contestBy);
        }
    }

    /** The enterprise accepts the FAIL (waives its objection): final. Accepting again changes nothing. */
    public void accept(Caller enterprise, Instant now) {
        requireFailed();
        if (finalVerdict != null && finalVerdict.basis() == Finalization.ACCEPTED) {
            return;
        }
        requireOpen();
        finalize(Verdict.FAIL, Finalization.ACCEPTED, now.truncatedTo(ChronoUnit.MILLIS), enterprise.subject());
    }

    /**
     * The enterprise contests the FAIL within its window: an objection (manufactured products) or a re-test
     * application (food and agricultural products; none for a microbiological failure). The same contest again
     * changes nothing; another one is a conflict.
     */
    public void contest(Contest.Kind kind, String reason, Caller enterprise, Instant now, ContestWindows windows) {
        requireFailed();
        String why = Text.stripToNull(reason);
        if (why == null) {
            throw new InvalidField("validation-failed", "reason", "reason is required");
        }
        if (contest != null) {
            if (contest.kind() == kind && contest.reason().equals(why)) {
                return;
            }
            throw VerdictRefused.contestConflict(id);
        }
        requireOpen();
        if ((kind == Contest.Kind.RETEST) != form.productClass().contestedByRetest()) {
            throw VerdictRefused.wrongKind(id, form.productClass(), kind);
        }
        if (kind == Contest.Kind.RETEST && conclusion.report().failedItems().stream()
                .anyMatch(ItemResult::microbiological)) {
            throw VerdictRefused.microbiological(id);
        }
        if (windows.today(now).isAfter(contestBy)) {
            throw VerdictRefused.windowClosed(id, kind, contestBy);
        }
        contest = new Contest(kind, why, enterprise.subject(), now.truncatedTo(ChronoUnit.MILLIS));
        resultStage = kind == Contest.Kind.OBJECTION ? ResultStage.OBJECTED : ResultStage.RETEST_REQUESTED;
    }

    /** The regulator decides the pending objection: final as FAIL (confirmed) or PASS (overturned). */
    public void decideObjection(ObjectionDecision sent, Caller regulator, Instant now) {
        requireFailed();
        if (decision != null) {
            if (decision.equals(sent)) {
                return;
            }
            throw VerdictRefused.decisionConflict(id);
        }
        if (resultStage != ResultStage.OBJECTED) {
            throw VerdictRefused.nothingPending(id, Contest.Kind.OBJECTION);
        }
        decision = sent;
        finalize(sent.verdict(), Finalization.OBJECTION_DECIDED, now.truncatedTo(ChronoUnit.MILLIS),
                regulator.subject());
    }

    /**
     * The regulator records the re-test's conclusion, from another lab than the first result's, on the reserve
     * sample: final, whichever verdict.
     */
    public void concludeRetest(RetestConclusion sent, Caller regulator, Instant now) {
        requireFailed();
        if (retest != null) {
            if (retest.equals(sent)) {
                return;
            }
            throw VerdictRefused.decisionConflict(id);
        }
        if (resultStage != ResultStage.RETEST_REQUESTED) {
            throw VerdictRefused.nothingPending(id, Contest.Kind.RETEST);
        }
        if (sent.lab().equals(conclusion.recordedBy())) {
            throw new InvalidField("retest-same-lab", "lab", "the re-test runs at another lab than " + sent.lab()
                    + ", which recorded the first result");
        }
        retest = sent;
        finalize(sent.verdict(), Finalization.RETEST, now.truncatedTo(ChronoUnit.MILLIS), regulator.subject());
    }

    /** A FAIL still open after its last day is accepted (missing the window accepts the result); else nothing. */
    public void closeWindowIfPassed(LocalDate today, Instant now) {
        if (resultStage == ResultStage.OPEN && today.isAfter(contestBy)) {
            finalize(Verdict.FAIL, Finalization.WINDOW_PASSED, now.truncatedTo(ChronoUnit.MILLIS), SYSTEM);
        }
    }

    private void requireFailed() {
        if (conclusion == null) {
            throw VerdictRefused.noResult(id);
        }
        if (conclusion.report().overallVerdict() != Verdict.FAIL) {
            throw VerdictRefused.notFailed(id);
        }
    }

    private void requireOpen() {
        if (finalVerdict != null) {
            throw finalVerdict.basis() == Finalization.RISK_MONITORING ? VerdictRefused.riskMonitoring(id)
                    : VerdictRefused.alreadyFinal(id, finalVerdict);
        }
        if (contest != null) {
            throw VerdictRefused.contested(id, contest);
        }
    }

    private void finalize(Verdict verdict, Finalization basis, Instant at, String by) {
        finalVerdict = new FinalVerdict(verdict, basis, at, by);
        resultStage = ResultStage.FINAL;
        List<SampleFailed.FailedItem> failedItems = verdict == Verdict.FAIL ? failedItems() : List.of();
        raise(new SampleFinalized(id, verdict.name(), basis.name(), at, enterprise(), product(), form.sampledAt(),
                conclusion.concludedAt(), failedItems,
                failedItems.stream().anyMatch(SampleFailed.FailedItem::safetyRelated), form.samplingType().name(),
                form.category(), form.productClass().name(), form.taskId(), task == null ? null : task.type()));
        if (task != null && task.recheck()) {
            SampledEnterprise party = form.enterprise();
            raise(new RecheckConcluded(task.source(), task.round(), task.id(), id, party.uscc(), party.region(),
                    verdict.name(), basis.name(), at));
        }
    }

    private void raiseFailed(LocalDate lastDay) {
        var failedItems = failedItems();
        boolean hazard = failedItems.stream().anyMatch(SampleFailed.FailedItem::safetyRelated);
        raise(new SampleFailed(id, enterprise(), product(), form.sampledAt(), conclusion.concludedAt(), failedItems,
                hazard, form.samplingType().name(), form.category(), form.productClass().name(), form.taskId(),
                lastDay));
    }

    private List<SampleFailed.FailedItem> failedItems() {
        return conclusion.report().failedItems().stream()
                .map(i -> new SampleFailed.FailedItem(i.item(), i.limit(), i.measured(), i.unit(), i.safetyRelated()))
                .toList();
    }

    private EnterpriseRef enterprise() {
        SampledEnterprise party = form.enterprise();
        return new EnterpriseRef(party.uscc(), party.name(), party.region());
    }

    private ProductRef product() {
        Product p = form.product();
        return new ProductRef(p.name(), p.brand(), p.model(), p.batch());
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

    /** Where the result stands on its way to the final verdict (empty before a result). */
    public Optional<ResultStage> resultStage() {
        return Optional.ofNullable(resultStage);
    }

    /** The last day to contest an open FAIL (empty for a PASS or a risk-monitoring FAIL). */
    public Optional<LocalDate> contestBy() {
        return Optional.ofNullable(contestBy);
    }

    public Optional<Contest> contest() {
        return Optional.ofNullable(contest);
    }

    public Optional<ObjectionDecision> decision() {
        return Optional.ofNullable(decision);
    }

    public Optional<RetestConclusion> retest() {
        return Optional.ofNullable(retest);
    }

    public Optional<FinalVerdict> finalVerdict() {
        return Optional.ofNullable(finalVerdict);
    }

    /** The task the form fulfils, as it was when the form was recorded (empty without a taskId). */
    public Optional<TaskRef> task() {
        return Optional.ofNullable(task);
    }

    /** Whether the task is still to record this sample (a crash came between the two writes). */
    public boolean taskPending() {
        return Boolean.TRUE.equals(taskPending);
    }

    /** Whether another visit had closed the task when this sample's link was settled. */
    public boolean taskConflict() {
        return Boolean.TRUE.equals(taskConflict);
    }

    public SampleStatus status() {
        if (conclusion == null) {
            return SampleStatus.SAMPLED;
        }
        return conclusion.report().overallVerdict() == Verdict.PASS ? SampleStatus.PASSED : SampleStatus.FAILED;
    }
}
