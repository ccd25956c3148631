package org.qsp.rectification.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.ProductRef;
import org.qsp.contracts.rectification.RectificationRecheckRequested;
import org.qsp.contracts.rectification.RectificationTaskAcknowledged;
import org.qsp.contracts.rectification.RectificationTaskOpened;
import org.qsp.contracts.rectification.RectificationTaskOverdue;
import org.qsp.contracts.rectification.RectificationTaskReported;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.InvalidField;
import org.qsp.platform.outbox.OutboxDocument;

/**
 * A rectification task (整改任务): the enterprise, the order with its deadlines, the notices sent
 * and the task's status. Each change and the event it raises are saved in one document write.
 * Regulators find tasks by an anchored prefix of {@code enterprise.region} (a province's "33…").
 */
@Document(RectificationTask.COLLECTION)
@CompoundIndex(name = "owner_newest_first", def = "{'enterprise.uscc': 1, 'order.orderedAt': -1}")
@CompoundIndex(name = "region_prefix_newest_first", def = "{'enterprise.region': 1, 'order.orderedAt': -1}")
@CompoundIndex(name = "deadline_by_status", def = "{'status': 1, 'order.correctionDeadline': 1}")
public class RectificationTask extends OutboxDocument {

    public static final String COLLECTION = "tasks";
    /** What a task is called in messages, e.g. "rectification task RT-S-1 does not exist". */
    public static final String DESCRIPTION = "rectification task";

    @Id
    private String id;
    private TaskSource source;
    private Enterprise enterprise;
    private Product product;
    private RectificationOrder order;
    private TaskStatus status;
    private List<Notice> notices = new ArrayList<>();
    private Instant overdueAt;
    private List<Report> reports = new ArrayList<>();
    private List<Step> history = new ArrayList<>();

    private RectificationTask() {
    }

    /** Orders the rectification and issues its notice to the enterprise (raises RectificationTaskOpened). */
    public static RectificationTask open(TaskId id, TaskSource source, Enterprise enterprise, Product product,
            RectificationOrder order, Instant noticeIssuedAt) {
        RectificationTask task = new RectificationTask();
        task.id = id.value();
        task.source = source;
        task.enterprise = enterprise;
        task.product = product;
        task.order = order;
        task.status = TaskStatus.NOTIFIED;
        task.notices.add(Notice.issued(Notice.Kind.RECTIFICATION_ORDER, noticeIssuedAt));
        task.raise(new RectificationTaskOpened(task.id, source.type().name(), source.id(),
                new EnterpriseRef(enterprise.uscc(), enterprise.name(), enterprise.region()), product.name(),
                order.orderedAt(), order.correctionDeadline(), order.recheckDue(), order.stopSaleRequired()));
        return task;
    }

    /**
     * The owner confirms it received the rectification order: NOTIFIED becomes ACKNOWLEDGED; an
     * OVERDUE task stays overdue but records the late acknowledgement; the transition table
     * refuses the rest. Acknowledging an acknowledged order changes nothing and raises nothing.
     * Anyone but the owner learns nothing: {@link NotYourTask} (404).
     */
    public void acknowledge(Caller caller, Instant at) {
        if (!caller.isEnterprise(enterprise.uscc())) {
            throw new NotYourTask(id);
        }
        Notice orderNotice = orderNotice();
        if (orderNotice.isAcknowledged()) {
            return;
        }
        if (status == TaskStatus.NOTIFIED) {
            moveTo(TaskStatus.ACKNOWLEDGED, "be acknowledged");
        } else if (status != TaskStatus.OVERDUE) {
            // REPORTED may go back to ACKNOWLEDGED, but only by a review asking for more information
            throw new IllegalTransition(id, status, "be acknowledged");
        }
        notices.set(notices.indexOf(orderNotice), orderNotice.acknowledged(at));
        raise(new RectificationTaskAcknowledged(id, enterprise.uscc(), at));
    }

    /**
     * Marks the task OVERDUE when {@code today} is after its correction deadline (the deadline day
     * itself still counts) and the correction is still awaited; raises RectificationTaskOverdue once.
     * Otherwise changes nothing.
     */
    public void markOverdueIfLate(LocalDate today, Instant now) {
        if (!status.canBecome(TaskStatus.OVERDUE) || !today.isAfter(order.correctionDeadline())) {
            return;
        }
        moveTo(TaskStatus.OVERDUE, "become overdue");
        overdueAt = now;
        raise(new RectificationTaskOverdue(id, enterprise.uscc(), order.correctionDeadline(), now));
    }

    /**
     * The owner reports its correction: the measures and the evidence of the task it cites (already checked to be
     * stored under this task). Once the order notice is acknowledged, an ACKNOWLEDGED or OVERDUE task becomes
     * REPORTED and raises RectificationTaskReported; the same report again (a retry) changes nothing while it is
     * under review or accepted. Another one while a report is under review is a {@link ReviewConflict}; a report
     * the regulator sent back for more information stays, and the new one gets the next number. Anyone but the
     * owner learns nothing ({@link NotYourTask}).
     *
     * @return whether a report was recorded now
     */
    public boolean report(Caller caller, String measures, List<Report.Evidence> evidence, Instant at) {
        if (!caller.isEnterprise(enterprise.uscc())) {
            throw new NotYourTask(id);
        }
        Report latest = latestReport();
        List<String> ids = evidence.stream().map(Report.Evidence::evidenceId).toList();
        if (latest != null && latest.says(measures, ids) && (latest.isUnderReview()
                || latest.review().decision() == Review.Decision.ACCEPT)) {
            return false;
        }
        if (latest != null && latest.isUnderReview()) {
            throw new ReviewConflict("report-under-review", "report " + latest.number() + " of task " + id
                    + " is under review; a new report can follow only if the regulator asks for more information");
        }
        if (!orderNotice().isAcknowledged()) {
            throw new IllegalTransition(id, status, "be reported before its notice is acknowledged");
        }
        moveTo(TaskStatus.REPORTED, "be reported");
        Report report = new Report(reportList().size() + 1, measures, evidence, at, null);
        reports.add(report);
        historyList().add(new Step(Step.Kind.REPORTED, at, report.number()));
        raise(new RectificationTaskReported(id, enterprise.uscc(), report.number(), measures,
                evidence.stream().map(e -> new RectificationTaskReported.Evidence(e.evidenceId(), e.contentType(),
                        e.sha256())).toList(), at));
        return true;
    }

    /**
     * A regulator whose authority covers the enterprise reviews the report under review. ACCEPT: the task becomes
     * RECHECK_REQUESTED and raises RectificationRecheckRequested (round 1, due by the order's re-check day) in the
     * same write. MORE_INFORMATION: back to awaiting a report, OVERDUE if the task had gone overdue before, else
     * ACKNOWLEDGED (the correction deadline runs again, the overdue check marks it if it passed meanwhile). The same
     * review again changes nothing; another decision on a reviewed report is a {@link ReviewConflict}; no report
     * to review is an {@link IllegalTransition}. A regulator of another region learns nothing ({@link NotYourTask}).
     *
     * @return whether the review was recorded now
     */
    public boolean review(Caller regulator, Review.Decision decision, String note, Instant at) {
        if (!regulator.supervises(enterprise.region())) {
            throw new NotYourTask(id);
        }
        if (decision == Review.Decision.MORE_INFORMATION && (note == null || note.isBlank())) {
            throw new InvalidField("note-required", "note",
                    "a request for more information needs a note saying what is missing");
        }
        Report latest = latestReport();
        if (latest == null) {
            throw new IllegalTransition(id, status, "be reviewed: it has no report");
        }
        if (!latest.isUnderReview()) {
            if (latest.review().decides(decision, note)) {
                return false;
            }
            throw new ReviewConflict("review-conflict", "report " + latest.number() + " of task " + id
                    + " was already reviewed: " + latest.review().decision());
        }
        if (decision == Review.Decision.ACCEPT) {
            moveTo(TaskStatus.RECHECK_REQUESTED, "have its re-check requested");
        } else {
            moveTo(overdueAt != null ? TaskStatus.OVERDUE : TaskStatus.ACKNOWLEDGED, "await a new report");
        }
        reports.set(reports.size() - 1, latest.reviewed(new Review(decision, note, regulator.subject(), at)));
        if (decision == Review.Decision.ACCEPT) {
            historyList().add(new Step(Step.Kind.REPORT_ACCEPTED, at, latest.number()));
            historyList().add(new Step(Step.Kind.RECHECK_REQUESTED, at, latest.number()));
            raise(new RectificationRecheckRequested(id, source.id(),
                    new EnterpriseRef(enterprise.uscc(), enterprise.name(), enterprise.region()),
                    new ProductRef(product.name(), product.brand(), product.model(), product.batch()), 1,
                    order.recheckDue(), at));
        } else {
            historyList().add(new Step(Step.Kind.MORE_INFORMATION_REQUESTED, at, latest.number()));
        }
        return true;
    }

    /** Whether the owner may still add evidence: until the task is final. */
    public boolean takesEvidenceFrom(Caller caller) {
        return caller.isEnterprise(enterprise.uscc()) && !status.isFinal();
    }

    private Report latestReport() {
        return reportList().isEmpty() ? null : reports.getLast();
    }

    /** A subscription's receiver accepted the notice of that kind: its history records the first delivery. */
    public void recordDelivered(Notice.Kind kind, Instant at) {
        replaceNotice(kind, notice -> notice.delivered(at));
    }

    /** The enterprise opened the notice of that kind (the email's link): its history records the first reading. */
    public void recordRead(Notice.Kind kind, Instant at) {
        replaceNotice(kind, notice -> notice.read(at));
    }

    /** The owner opens its order notice through the API: recorded READ the first time; anyone else learns nothing. */
    public void readBy(Caller caller, Instant at) {
        if (!caller.isEnterprise(enterprise.uscc())) {
            throw new NotYourTask(id);
        }
        recordRead(Notice.Kind.RECTIFICATION_ORDER, at);
    }

    private void replaceNotice(Notice.Kind kind, UnaryOperator<Notice> change) {
        for (int i = 0; i < notices.size(); i++) {
            if (notices.get(i).kind() == kind) {
                notices.set(i, change.apply(notices.get(i)));
            }
        }
    }

    /** Whether the caller may read this task: its owner, or a regulator whose authority covers the enterprise. */
    public boolean isVisibleTo(Caller caller) {
        return caller.isEnterprise(enterprise.uscc()) || caller.supervises(enterprise.region());
    }

    private void moveTo(TaskStatus target, String action) {
        if (!status.canBecome(target)) {
            throw new IllegalTransition(id, status, action);
        }
        status = target;
    }

    public Notice orderNotice() {
        return notices.stream().filter(n -> n.kind() == Notice.Kind.RECTIFICATION_ORDER).findFirst()
                .orElseThrow(() -> new IllegalStateException("task " + id + " has no rectification order notice"));
    }

    public String id() {
        return id;
    }

    public TaskSource source() {
        return source;
    }

    public Enterprise enterprise() {
        return enterprise;
    }

    public Product product() {
        return product;
    }

    public RectificationOrder order() {
        return order;
    }

    public TaskStatus status() {
        return status;
    }

    public List<Notice> notices() {
        return List.copyOf(notices);
    }

    public Instant overdueAt() {
        return overdueAt;
    }

    /** The reports, oldest first; the last one is under review, accepted or sent back. */
    public List<Report> reports() {
        return List.copyOf(reportList());
    }

    /** The steps after the notice, in order. */
    public List<Step> history() {
        return List.copyOf(historyList());
    }

    /** A task stored before reports existed has neither list. */
    private List<Report> reportList() {
        if (reports == null) {
            reports = new ArrayList<>();
        }
        return reports;
    }

    private List<Step> historyList() {
        if (history == null) {
            history = new ArrayList<>();
        }
        return history;
    }
}
