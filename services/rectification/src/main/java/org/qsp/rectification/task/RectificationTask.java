package org.qsp.rectification.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.ProductRef;
import org.qsp.contracts.rectification.RectificationDeadlineExtended;
import org.qsp.contracts.rectification.RectificationRecheckRequested;
import org.qsp.contracts.rectification.RectificationTaskClosed;
import org.qsp.contracts.rectification.RectificationTaskReferred;
import org.qsp.contracts.rectification.RectificationTaskSuspended;
import org.qsp.contracts.rectification.RectificationTaskAcknowledged;
import org.qsp.contracts.rectification.RectificationTaskOpened;
import org.qsp.contracts.rectification.RectificationTaskOverdue;
import org.qsp.contracts.rectification.RectificationTaskReported;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.InvalidField;
import org.qsp.platform.errors.Rejected;
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
@CompoundIndex(name = "recheck_day_by_status", def = "{'status': 1, 'order.recheckDue': 1}")
@CompoundIndex(name = "second_recheck_by_status", def = "{'status': 1, 'publicNotice.secondRecheckFrom': 1}")
@CompoundIndex(name = "region_by_deadline", def = "{'enterprise.region': 1, 'order.correctionDeadline': 1}")
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
    private List<Recheck> rechecks = new ArrayList<>();
    private PublicNotice publicNotice;
    private List<Extension> extensions = new ArrayList<>();
    private Instant closedAt;
    /** The authority's day of {@code closedAt}: on time when it is not after the re-check day. */
    private LocalDate closedOn;
    private Instant stopSaleLiftedAt;
    private Instant suspendedAt;
    private boolean licenceRevocationRecommended;
    private Instant referredAt;
    private String referredTo;
    /** What the KPIs sum (0 or 1, and whole days), kept with every change so that the store adds them up. */
    private Figures figures = Figures.NONE;

    /**
     * The task's KPI figures as numbers a store's $sum adds: whether it went overdue and is still so, is closed, was
     * closed by its re-check day (extensions counted), and the calendar days from the order to its closure.
     */
    public record Figures(int overdue, int closed, int closedOnTime, long daysToClose) {
        static final Figures NONE = new Figures(0, 0, 0, 0);
    }

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
        task.raise(new RectificationTaskOpened(task.id, source.type().name(), source.id(), task.enterpriseRef(),
                product.name(),
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
        refreshFigures();
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
            requestRecheck(1, Recheck.Trigger.REPORT_ACCEPTED, order.recheckDue(), at, latest.number());
        } else {
            historyList().add(new Step(Step.Kind.MORE_INFORMATION_REQUESTED, at, latest.number()));
        }
        return true;
    }

    private void requestRecheck(int round, Recheck.Trigger trigger, LocalDate dueBy, Instant at, int report) {
        recheckList().add(Recheck.requested(round, trigger, dueBy, at));
        historyList().add(new Step(Step.Kind.RECHECK_REQUESTED, at, report, round, trigger.name() + " due " + dueBy));
        raise(new RectificationRecheckRequested(id, source.id(), enterpriseRef(), productRef(), round, dueBy, at));
    }

    /**
     * The schedule's part of the re-check (ADR 0024). Round 1: an OVERDUE task (no accepted report) is re-checked
     * anyway once {@code today} is within {@code leadDays} of its re-check day, due by that day. Round 2: a task whose
     * re-check failed has its second re-check requested from day 60 after the public notice, due by day 90. Each
     * round is requested once; otherwise this changes nothing.
     *
     * @return whether a round was requested now
     */
    public boolean requestDueRecheck(LocalDate today, int leadDays, Instant now) {
        if (status == TaskStatus.OVERDUE && round(1) == null && !today.isBefore(order.recheckDue().minusDays(leadDays))) {
            moveTo(TaskStatus.RECHECK_REQUESTED, "have its re-check requested");
            requestRecheck(1, Recheck.Trigger.RECHECK_DUE, order.recheckDue(), now, 0);
            return true;
        }
        if (status == TaskStatus.RECHECK_FAILED && publicNotice != null && round(2) == null
                && publicNotice.opensSecondRecheckOn(today)) {
            requestRecheck(2, Recheck.Trigger.SECOND_RECHECK, publicNotice.secondRecheckBy(), now, 0);
            return true;
        }
        return false;
    }

    /**
     * Inspection concluded the re-check of {@code round} with the final verdict of sample {@code sampleId}. PASS:
     * CLOSED, the stop-sale duty lifted (when the order had one), RectificationTaskClosed. FAIL of round 1:
     * RECHECK_FAILED, the province's public notice with the second re-check's {@code window}
     * (RectificationNoticePublished) and, for a producer registered in another city's region, its referral there
     * (RectificationTaskReferred). FAIL of round 2: SUSPENDED with a licence-revocation recommendation
     * (RectificationTaskSuspended). The same conclusion again changes nothing; a conclusion of a round that was not
     * requested, that names another sample than the one recorded, or that the status does not await, is
     * {@link Rejected} (the listener dead-letters it, ADR 0003/0024).
     *
     * @return whether the conclusion was recorded now
     */
    public boolean concludeRecheck(int round, String sampleId, boolean passed, Instant at, LocalDate day,
            SecondRecheckWindow window) {
        Recheck requested = round(round);
        if (requested == null) {
            throw new Rejected("recheck-not-requested", "task " + id + " has no re-check of round " + round
                    + " requested; its conclusion by sample " + sampleId + " is not taken");
        }
        if (requested.isConcluded()) {
            if (requested.sampleId().equals(sampleId) && requested.passed() == passed) {
                return false;
            }
            throw new Rejected("recheck-already-concluded", "the re-check of round " + round + " of task " + id
                    + " was concluded by sample " + requested.sampleId() + " (" + requested.verdict() + ")");
        }
        TaskStatus awaiting = round == 1 ? TaskStatus.RECHECK_REQUESTED : TaskStatus.RECHECK_FAILED;
        if (status != awaiting) {
            throw new IllegalTransition(id, status, "take the conclusion of re-check round " + round);
        }
        String verdict = passed ? "PASS" : "FAIL";
        recheckList().set(recheckList().indexOf(requested), requested.concluded(sampleId, verdict, at));
        historyList().add(new Step(passed ? Step.Kind.RECHECK_PASSED : Step.Kind.RECHECK_FAILED, at, 0, round,
                sampleId));
        if (passed) {
            close(round, sampleId, at, day);
        } else if (round == 1) {
            escalate(sampleId, at, window);
        } else {
            moveTo(TaskStatus.SUSPENDED, "be suspended");
            suspendedAt = at;
            licenceRevocationRecommended = true;
            historyList().add(new Step(Step.Kind.SUSPENDED, at, 0, round, "licence revocation recommended"));
            raise(new RectificationTaskSuspended(id, enterprise.uscc(), round, sampleId, true, at));
        }
        refreshFigures();
        return true;
    }

    private void close(int round, String sampleId, Instant at, LocalDate day) {
        moveTo(TaskStatus.CLOSED, "be closed");
        closedAt = at;
        closedOn = day;
        if (order.stopSaleRequired()) {
            stopSaleLiftedAt = at;
        }
        historyList().add(new Step(Step.Kind.CLOSED, at, 0, round,
                order.stopSaleRequired() ? "stop-sale lifted" : "no stop-sale duty"));
        raise(new RectificationTaskClosed(id, enterprise.uscc(), round, sampleId, order.stopSaleRequired(), at));
    }

    private void escalate(String sampleId, Instant at, SecondRecheckWindow window) {
        moveTo(TaskStatus.RECHECK_FAILED, "have its re-check failed");
        publicNotice = PublicNotice.publish(id, source, enterprise, product, sampleId, window, at);
        historyList().add(new Step(Step.Kind.PUBLIC_NOTICE_PUBLISHED, at, 0, 1, publicNotice.id()));
        raise(publicNotice.publishedFor(id, enterpriseRef(), productRef()));
        enterprise.registrationRegionElsewhere().ifPresent(toRegion -> {
            referredAt = at;
            referredTo = toRegion;
            historyList().add(new Step(Step.Kind.REFERRED, at, 0, 1, toRegion));
            raise(new RectificationTaskReferred(id, enterprise.uscc(), enterprise.name(), enterprise.region(),
                    toRegion, "RECHECK_FAILED", at));
        });
    }

    /**
     * A regulator whose authority covers the enterprise extends one of the task's deadlines to {@code until}, for
     * {@code reason} (ADR 0024). CORRECTION applies until the re-check is requested (NOTIFIED, ACKNOWLEDGED, OVERDUE,
     * REPORTED); an OVERDUE task whose deadline moves to today or later awaits correction again (ACKNOWLEDGED once its
     * notice is acknowledged, else NOTIFIED). RECHECK applies until the first re-check is concluded; SECOND_RECHECK
     * while the second re-check is awaited (RECHECK_FAILED). Refused: no reason (400 reason-required), a day not
     * after the current deadline (400 until-not-after-deadline), a final task (422 task-final), a deadline that does
     * not apply now (422 deadline-not-applicable). The same extension again (its deadline is already that day by the
     * latest extension of it) changes nothing. A regulator of another region learns nothing ({@link NotYourTask}).
     *
     * @return whether the extension was recorded now
     */
    public boolean extend(Caller regulator, Extension.Deadline deadline, LocalDate until, String reason,
            LocalDate today, Instant now) {
        if (!regulator.supervises(enterprise.region())) {
            throw new NotYourTask(id);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidField("reason-required", "reason", "an extension needs the reason it is granted for");
        }
        if (status.isFinal()) {
            throw new Rejected("task-final", "task " + id + " is " + status + "; its deadlines are past");
        }
        LocalDate current = deadline.current(status, order, publicNotice);
        if (current == null) {
            throw new Rejected("deadline-not-applicable", "task " + id + " is " + status + "; its " + deadline
                    + " deadline does not apply now");
        }
        if (until.equals(current) && extensionList().stream()
                .anyMatch(e -> e.deadline() == deadline && e.until().equals(until))) {
            return false;
        }
        if (!until.isAfter(current)) {
            throw new InvalidField("until-not-after-deadline", "until", "the " + deadline + " deadline is " + current
                    + "; an extension moves it to a later day, not " + until);
        }
        switch (deadline) {
            case CORRECTION -> {
                order = order.withCorrectionDeadline(until);
                if (status == TaskStatus.OVERDUE && !today.isAfter(until)) {
                    moveTo(orderNotice().isAcknowledged() ? TaskStatus.ACKNOWLEDGED : TaskStatus.NOTIFIED,
                            "await correction again");
                    overdueAt = null;
                }
            }
            case RECHECK -> order = order.withRecheckDue(until);
            case SECOND_RECHECK -> publicNotice = publicNotice.secondRecheckBy(until);
        }
        extensionList().add(new Extension(deadline, current, until, reason, regulator.subject(), now));
        historyList().add(new Step(Step.Kind.DEADLINE_EXTENDED, now, 0, null, deadline + " " + current + " → " + until));
        raise(new RectificationDeadlineExtended(id, enterprise.uscc(), deadline.name(), current, until, reason,
                regulator.subject(), now));
        refreshFigures();
        return true;
    }

    private Recheck round(int round) {
        return recheckList().stream().filter(r -> r.round() == round).findFirst().orElse(null);
    }

    private void refreshFigures() {
        boolean closed = closedAt != null;
        long days = closed ? ChronoUnit.DAYS.between(order.orderedAt(), closedAt) : 0;
        boolean onTime = closed && round(1) != null && round(1).passed() && closedOn != null
                && !closedOn.isAfter(order.recheckDue());
        figures = new Figures(overdueAt != null ? 1 : 0, closed ? 1 : 0, onTime ? 1 : 0, days);
    }

    private EnterpriseRef enterpriseRef() {
        return new EnterpriseRef(enterprise.uscc(), enterprise.name(), enterprise.region());
    }

    private ProductRef productRef() {
        return new ProductRef(product.name(), product.brand(), product.model(), product.batch());
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

    /** The re-check rounds requested, in order, each with its conclusion once concluded. */
    public List<Recheck> rechecks() {
        return List.copyOf(recheckList());
    }

    /** The province's public notice after a failed re-check, or null. */
    public PublicNotice publicNotice() {
        return publicNotice;
    }

    /** The deadlines extended, oldest first. */
    public List<Extension> extensions() {
        return List.copyOf(extensionList());
    }

    public Instant closedAt() {
        return closedAt;
    }

    /** When the stop-sale duty was lifted (the re-check passed); null while it holds or when there was none. */
    public Instant stopSaleLiftedAt() {
        return stopSaleLiftedAt;
    }

    public Instant suspendedAt() {
        return suspendedAt;
    }

    public boolean licenceRevocationRecommended() {
        return licenceRevocationRecommended;
    }

    /** The registration region whose authority was notified, or null. */
    public String referredTo() {
        return referredTo;
    }

    public Figures figures() {
        return figures == null ? Figures.NONE : figures;
    }

    private List<Recheck> recheckList() {
        if (rechecks == null) {
            rechecks = new ArrayList<>();
        }
        return rechecks;
    }

    private List<Extension> extensionList() {
        if (extensions == null) {
            extensions = new ArrayList<>();
        }
        return extensions;
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
