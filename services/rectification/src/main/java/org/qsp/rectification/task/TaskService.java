package org.qsp.rectification.task;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.qsp.contracts.complaint.ComplaintReportDecided;
import org.qsp.contracts.inspection.RecheckConcluded;
import org.qsp.contracts.inspection.SampleFinalized;
import org.qsp.contracts.recall.RecallInitiated;
import org.qsp.platform.access.Caller;
import org.qsp.platform.store.AggregateStore;

/**
 * The use cases that change tasks: open one for a sample whose FAIL is final, a substantiated report or an ordered
 * recall, acknowledge its notice.
 */
@Service
public class TaskService {

    private final AggregateStore<RectificationTask> tasks;
    private final RectificationPolicy policy;
    private final TaskEvidence evidence;
    private final Clock clock;

    public TaskService(AggregateStore<RectificationTask> tasks, RectificationPolicy policy, TaskEvidence evidence,
            Clock clock) {
        this.tasks = tasks;
        this.policy = policy;
        this.evidence = evidence;
        this.clock = clock;
    }

    /**
     * Opens exactly one task per sample whose FAIL became final (DOMAIN.md §9: not on the FAIL itself, which the
     * enterprise may still contest; ADR 0019). A final PASS (a re-test or an objection overturned the FAIL) and a
     * risk-monitoring sample (no penalty path) open nothing, nor does the sample of a re-check (its task type is
     * RECHECK): its verdict concludes the re-check of an open task (inspection.recheck.concluded), it is no new failure. The task id derives from the sample id and the
     * deadlines from the time the verdict became final (the order follows the final verdict), so a redelivery or
     * replay finds the task and changes nothing.
     *
     * @return whether a task was opened now
     */
    public boolean openFor(SampleFinalized failed) {
        if (!failed.failed() || failed.riskMonitoring() || failed.recheck()) {
            return false;
        }
        return tasks.insertIfAbsent(RectificationTask.open(TaskId.forSample(failed.sampleId()),
                new TaskSource(TaskSource.Type.SAMPLE_FAILED, failed.sampleId()),
                new Enterprise(failed.enterprise().uscc(), failed.enterprise().name(), failed.enterprise().region()),
                new Product(failed.product().name(), failed.product().brand(), failed.product().model(),
                        failed.product().batch()),
                policy.afterFailedSample(failed.finalizedAt()), clock.instant())).changed();
    }

    /**
     * Opens exactly one task for a substantiated report whose violation needs correction (DOMAIN.md §4), with the
     * deadlines counted from the decision; a report that was not substantiated, needs no correction or names no
     * USCC opens nothing. Idempotent as {@link #openFor(SampleFinalized)}: the task id derives from the case id.
     *
     * @return whether a task was opened now
     */
    public boolean openFor(ComplaintReportDecided decided) {
        if (!decided.substantiated() || !decided.correctionRequired() || decided.respondent().uscc() == null) {
            return false;
        }
        var product = decided.product();
        String productName = product != null && product.name() != null ? product.name() : decided.violation();
        return tasks.insertIfAbsent(RectificationTask.open(TaskId.forReport(decided.caseId()),
                new TaskSource(TaskSource.Type.REPORT, decided.caseId()),
                new Enterprise(decided.respondent().uscc(), decided.respondent().name(), decided.respondent().region()),
                new Product(productName, product == null ? null : product.brand(),
                        product == null ? null : product.model(), null),
                policy.afterSubstantiatedReport(decided.decidedAt()), clock.instant())).changed();
    }

    /**
     * Opens exactly one task for a recall the regulator ordered, with the deadlines counted from the order and a
     * stop-sale duty; a voluntary recall opens nothing. Idempotent as {@link #openFor(SampleFinalized)}: the task id
     * derives from the recall id.
     *
     * @return whether a task was opened now
     */
    public boolean openFor(RecallInitiated recall) {
        if (!"ORDERED".equals(recall.kind())) {
            return false;
        }
        var producer = recall.producer();
        var product = recall.product();
        return tasks.insertIfAbsent(RectificationTask.open(TaskId.forRecall(recall.recallId()),
                new TaskSource(TaskSource.Type.RECALL, recall.recallId()),
                new Enterprise(producer.uscc(), producer.name(), producer.region()),
                new Product(product.name(), product.brand(), product.model(), product.batch()),
                policy.afterOrderedRecall(recall.initiatedAt()), clock.instant())).changed();
    }

    /** The owning enterprise acknowledges the order notice; anyone else learns nothing (404). */
    public RectificationTask acknowledge(TaskId id, Caller caller) {
        return tasks.update(id.value(), task -> task.acknowledge(caller, clock.instant()));
    }

    /** The owning enterprise opens its order notice: READ is recorded the first time; anyone else learns nothing (404). */
    public RectificationTask read(TaskId id, Caller caller) {
        return tasks.update(id.value(), task -> task.readBy(caller, clock.instant()));
    }

    /**
     * The owning enterprise reports its correction, citing evidence it uploaded to the task: an id that is not
     * uploaded is refused (400, named) before anything is written. The same report again changes nothing.
     */
    public AggregateStore.Outcome<RectificationTask> report(TaskId id, Caller caller, String measures,
            List<String> evidenceIds) {
        RectificationTask task = tasks.get(id.value());
        if (!caller.isEnterprise(task.enterprise().uscc())) {
            throw new NotYourTask(task.id());
        }
        List<Report.Evidence> cited = evidence.resolve(id, evidenceIds);
        Instant now = clock.instant();
        return tasks.change(id.value(), t -> t.report(caller, measures, cited, now));
    }

    /**
     * A regulator of the task's region reviews its report: ACCEPT requests the re-check (the event goes out with the
     * task's write), MORE_INFORMATION sends the task back for a new report. The same review again changes nothing.
     */
    public RectificationTask review(TaskId id, Caller regulator, Review.Decision decision, String note) {
        Instant now = clock.instant();
        return tasks.update(id.value(), task -> task.review(regulator, decision, note, now));
    }

    /**
     * Inspection concluded a re-check the task requested: PASS closes the task and lifts the stop-sale duty, FAIL of
     * round 1 publishes the public notice (and refers the task to the registration region's authority when that is
     * elsewhere), FAIL of round 2 suspends. A redelivery or replay (same round and sample) changes nothing; a
     * conclusion the task does not await is rejected (dead letters). An unknown task is not found (dead letters).
     *
     * @return whether the conclusion was recorded now
     */
    public boolean conclude(RecheckConcluded concluded) {
        SecondRecheckWindow window = policy.secondRecheckWindow(concluded.concludedAt());
        return tasks.change(concluded.rectificationTaskId(), task -> task.concludeRecheck(concluded.round(),
                concluded.sampleId(), concluded.passed(), concluded.concludedAt(),
                policy.dayOf(concluded.concludedAt()), window)).changed();
    }

    /**
     * A regulator of the task's region extends one of its deadlines (ADR 0024); the same extension again changes
     * nothing.
     */
    public AggregateStore.Outcome<RectificationTask> extend(TaskId id, Caller regulator, Extension.Deadline deadline,
            java.time.LocalDate until, String reason) {
        Instant now = clock.instant();
        java.time.LocalDate today = policy.dayOf(now);
        return tasks.change(id.value(), task -> task.extend(regulator, deadline, until, reason, today, now));
    }

    /** A notice reached a subscription's receiver at {@code at}: recorded DELIVERED the first time. */
    public void recordDelivered(TaskId id, Notice.Kind kind, Instant at) {
        tasks.update(id.value(), task -> task.recordDelivered(kind, at));
    }

    /** The enterprise opened the notice through its email's link: recorded READ the first time. */
    public void recordRead(TaskId id, Notice.Kind kind, Instant at) {
        tasks.update(id.value(), task -> task.recordRead(kind, at));
    }
}
