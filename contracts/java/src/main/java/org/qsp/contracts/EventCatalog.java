package org.qsp.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.qsp.contracts.complaint.ComplaintCaseAcceptanceOverdue;
import org.qsp.contracts.complaint.ComplaintCaseAccepted;
import org.qsp.contracts.complaint.ComplaintCaseReceived;
import org.qsp.contracts.complaint.ComplaintCaseRejected;
import org.qsp.contracts.complaint.ComplaintClusterDetected;
import org.qsp.contracts.complaint.ComplaintMediationConcluded;
import org.qsp.contracts.complaint.ComplaintReportDecided;
import org.qsp.contracts.credit.CreditClassChanged;
import org.qsp.contracts.credit.CreditEnterpriseRegistered;
import org.qsp.contracts.credit.CreditEnterpriseUpdated;
import org.qsp.contracts.credit.CreditListEntered;
import org.qsp.contracts.credit.CreditListExited;
import org.qsp.contracts.credit.CreditRepairApplied;
import org.qsp.contracts.credit.CreditRepairDecided;
import org.qsp.contracts.inspection.InspectionDrawPublished;
import org.qsp.contracts.inspection.InspectionPlanPublished;
import org.qsp.contracts.inspection.RecheckConcluded;
import org.qsp.contracts.rectification.RectificationRecheckRequested;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.contracts.inspection.SampleFinalized;
import org.qsp.contracts.inspection.SamplePassed;
import org.qsp.contracts.inspection.SamplingRefused;
import org.qsp.contracts.monitor.MonitorAlertRaised;
import org.qsp.contracts.rectification.RectificationTaskAcknowledged;
import org.qsp.contracts.rectification.RectificationTaskOpened;
import org.qsp.contracts.recall.RecallCompleted;
import org.qsp.contracts.recall.RecallInitiated;
import org.qsp.contracts.recall.RecallInvestigationConcluded;
import org.qsp.contracts.recall.RecallInvestigationOpened;
import org.qsp.contracts.recall.RecallLeadOpened;
import org.qsp.contracts.recall.RecallOverdue;
import org.qsp.contracts.recall.RecallPlanAccepted;
import org.qsp.contracts.recall.RecallProgressReported;
import org.qsp.contracts.recall.RecallTerminated;
import org.qsp.contracts.rectification.RectificationTaskOverdue;
import org.qsp.contracts.rectification.RectificationTaskReported;
import org.qsp.contracts.rectification.RectificationDeadlineExtended;
import org.qsp.contracts.rectification.RectificationNoticePublished;
import org.qsp.contracts.rectification.RectificationTaskClosed;
import org.qsp.contracts.rectification.RectificationTaskReferred;
import org.qsp.contracts.rectification.RectificationTaskSuspended;

/** The one registry of event types: CloudEvents type, topic, key, payload record and schema. */
public final class EventCatalog {

    public static final EventType<SampleFailed> SAMPLE_FAILED = new EventType<>(
            "org.qsp.inspection.sample.failed.v1", Topics.INSPECTION_SAMPLES, SampleFailed.class, "/qsp/inspection");
    public static final EventType<SamplePassed> SAMPLE_PASSED = new EventType<>(
            "org.qsp.inspection.sample.passed.v1", Topics.INSPECTION_SAMPLES, SamplePassed.class, "/qsp/inspection");
    public static final EventType<SampleFinalized> SAMPLE_FINALIZED = new EventType<>(
            "org.qsp.inspection.sample.finalized.v1", Topics.INSPECTION_SAMPLES, SampleFinalized.class,
            "/qsp/inspection");
    public static final EventType<SamplingRefused> SAMPLING_REFUSED = new EventType<>(
            "org.qsp.inspection.sampling.refused.v1", Topics.INSPECTION_SAMPLES, SamplingRefused.class,
            "/qsp/inspection");
    public static final EventType<RecheckConcluded> RECHECK_CONCLUDED = new EventType<>(
            "org.qsp.inspection.recheck.concluded.v1", Topics.INSPECTION_SAMPLES, RecheckConcluded.class,
            "/qsp/inspection");
    public static final EventType<RectificationTaskOpened> RECTIFICATION_TASK_OPENED = new EventType<>(
            "org.qsp.rectification.task.opened.v1", Topics.RECTIFICATION_TASKS, RectificationTaskOpened.class,
            "/qsp/rectification");
    public static final EventType<RectificationTaskAcknowledged> RECTIFICATION_TASK_ACKNOWLEDGED = new EventType<>(
            "org.qsp.rectification.task.acknowledged.v1", Topics.RECTIFICATION_TASKS,
            RectificationTaskAcknowledged.class, "/qsp/rectification");
    public static final EventType<RectificationTaskOverdue> RECTIFICATION_TASK_OVERDUE = new EventType<>(
            "org.qsp.rectification.task.overdue.v1", Topics.RECTIFICATION_TASKS, RectificationTaskOverdue.class,
            "/qsp/rectification");
    public static final EventType<CreditClassChanged> CREDIT_CLASS_CHANGED = new EventType<>(
            "org.qsp.credit.class.changed.v1", Topics.CREDIT_ENTERPRISES, CreditClassChanged.class, "/qsp/credit");
    public static final EventType<ComplaintCaseReceived> COMPLAINT_CASE_RECEIVED = complaint(
            "org.qsp.complaint.case.received.v1", ComplaintCaseReceived.class);
    public static final EventType<ComplaintCaseAccepted> COMPLAINT_CASE_ACCEPTED = complaint(
            "org.qsp.complaint.case.accepted.v1", ComplaintCaseAccepted.class);
    public static final EventType<ComplaintCaseRejected> COMPLAINT_CASE_REJECTED = complaint(
            "org.qsp.complaint.case.rejected.v1", ComplaintCaseRejected.class);
    public static final EventType<ComplaintCaseAcceptanceOverdue> COMPLAINT_CASE_ACCEPTANCE_OVERDUE = complaint(
            "org.qsp.complaint.case.acceptance-overdue.v1", ComplaintCaseAcceptanceOverdue.class);
    public static final EventType<ComplaintMediationConcluded> COMPLAINT_MEDIATION_CONCLUDED = complaint(
            "org.qsp.complaint.case.mediation-concluded.v1", ComplaintMediationConcluded.class);
    public static final EventType<ComplaintReportDecided> COMPLAINT_REPORT_DECIDED = complaint(
            "org.qsp.complaint.case.report-decided.v1", ComplaintReportDecided.class);
    public static final EventType<ComplaintClusterDetected> COMPLAINT_CLUSTER_DETECTED = complaint(
            "org.qsp.complaint.cluster.detected.v1", ComplaintClusterDetected.class);
    public static final EventType<RecallLeadOpened> RECALL_LEAD_OPENED = recall(
            "org.qsp.recall.lead.opened.v1", RecallLeadOpened.class);
    public static final EventType<RecallInvestigationOpened> RECALL_INVESTIGATION_OPENED = recall(
            "org.qsp.recall.investigation.opened.v1", RecallInvestigationOpened.class);
    public static final EventType<RecallInvestigationConcluded> RECALL_INVESTIGATION_CONCLUDED = recall(
            "org.qsp.recall.investigation.concluded.v1", RecallInvestigationConcluded.class);
    public static final EventType<RecallInitiated> RECALL_INITIATED = recall(
            "org.qsp.recall.recall.initiated.v1", RecallInitiated.class);
    public static final EventType<RecallPlanAccepted> RECALL_PLAN_ACCEPTED = recall(
            "org.qsp.recall.plan.accepted.v1", RecallPlanAccepted.class);
    public static final EventType<RecallProgressReported> RECALL_PROGRESS_REPORTED = recall(
            "org.qsp.recall.progress.reported.v1", RecallProgressReported.class);
    public static final EventType<RecallOverdue> RECALL_OVERDUE = recall(
            "org.qsp.recall.recall.overdue.v1", RecallOverdue.class);
    public static final EventType<RecallCompleted> RECALL_COMPLETED = recall(
            "org.qsp.recall.recall.completed.v1", RecallCompleted.class);
    public static final EventType<RecallTerminated> RECALL_TERMINATED = recall(
            "org.qsp.recall.recall.terminated.v1", RecallTerminated.class);
    public static final EventType<MonitorAlertRaised> MONITOR_ALERT_RAISED = new EventType<>(
            "org.qsp.monitor.alert.raised.v1", Topics.MONITOR_ALERTS, MonitorAlertRaised.class, "/qsp/monitor");

    // plans, draws, the enterprise registry and re-check requests (issue 10)
    public static final EventType<InspectionPlanPublished> INSPECTION_PLAN_PUBLISHED = new EventType<>(
            "org.qsp.inspection.plan.published.v1", Topics.INSPECTION_PLANS, InspectionPlanPublished.class,
            "/qsp/inspection");
    public static final EventType<InspectionDrawPublished> INSPECTION_DRAW_PUBLISHED = new EventType<>(
            "org.qsp.inspection.draw.published.v1", Topics.INSPECTION_PLANS, InspectionDrawPublished.class,
            "/qsp/inspection");
    public static final EventType<CreditEnterpriseRegistered> CREDIT_ENTERPRISE_REGISTERED = new EventType<>(
            "org.qsp.credit.enterprise.registered.v1", Topics.CREDIT_ENTERPRISES, CreditEnterpriseRegistered.class,
            "/qsp/credit");
    public static final EventType<CreditEnterpriseUpdated> CREDIT_ENTERPRISE_UPDATED = new EventType<>(
            "org.qsp.credit.enterprise.updated.v1", Topics.CREDIT_ENTERPRISES, CreditEnterpriseUpdated.class,
            "/qsp/credit");
    public static final EventType<RectificationRecheckRequested> RECTIFICATION_RECHECK_REQUESTED = new EventType<>(
            "org.qsp.rectification.recheck.requested.v1", Topics.RECTIFICATION_TASKS,
            RectificationRecheckRequested.class, "/qsp/rectification");
    public static final EventType<RectificationTaskReported> RECTIFICATION_TASK_REPORTED = new EventType<>(
            "org.qsp.rectification.task.reported.v1", Topics.RECTIFICATION_TASKS, RectificationTaskReported.class,
            "/qsp/rectification");

    // the re-check outcome, escalation and extensions (issue 11)
    public static final EventType<RectificationTaskClosed> RECTIFICATION_TASK_CLOSED = rectification(
            "org.qsp.rectification.task.closed.v1", RectificationTaskClosed.class);
    public static final EventType<RectificationNoticePublished> RECTIFICATION_NOTICE_PUBLISHED = rectification(
            "org.qsp.rectification.notice.published.v1", RectificationNoticePublished.class);
    public static final EventType<RectificationTaskSuspended> RECTIFICATION_TASK_SUSPENDED = rectification(
            "org.qsp.rectification.task.suspended.v1", RectificationTaskSuspended.class);
    public static final EventType<RectificationTaskReferred> RECTIFICATION_TASK_REFERRED = rectification(
            "org.qsp.rectification.task.referred.v1", RectificationTaskReferred.class);
    public static final EventType<RectificationDeadlineExtended> RECTIFICATION_DEADLINE_EXTENDED = rectification(
            "org.qsp.rectification.deadline.extended.v1", RectificationDeadlineExtended.class);
    // credit lists and credit repair (issue 11)
    public static final EventType<CreditListEntered> CREDIT_LIST_ENTERED = new EventType<>(
            "org.qsp.credit.list.entered.v1", Topics.CREDIT_ENTERPRISES, CreditListEntered.class, "/qsp/credit");
    public static final EventType<CreditListExited> CREDIT_LIST_EXITED = new EventType<>(
            "org.qsp.credit.list.exited.v1", Topics.CREDIT_ENTERPRISES, CreditListExited.class, "/qsp/credit");
    public static final EventType<CreditRepairApplied> CREDIT_REPAIR_APPLIED = new EventType<>(
            "org.qsp.credit.repair.applied.v1", Topics.CREDIT_ENTERPRISES, CreditRepairApplied.class, "/qsp/credit");
    public static final EventType<CreditRepairDecided> CREDIT_REPAIR_DECIDED = new EventType<>(
            "org.qsp.credit.repair.decided.v1", Topics.CREDIT_ENTERPRISES, CreditRepairDecided.class, "/qsp/credit");

    public static final List<EventType<?>> ALL = List.of(SAMPLE_FAILED, SAMPLE_PASSED, SAMPLE_FINALIZED,
            SAMPLING_REFUSED, RECHECK_CONCLUDED, RECTIFICATION_TASK_OPENED,
            RECTIFICATION_TASK_ACKNOWLEDGED, RECTIFICATION_TASK_OVERDUE, CREDIT_CLASS_CHANGED, COMPLAINT_CASE_RECEIVED,
            COMPLAINT_CASE_ACCEPTED, COMPLAINT_CASE_REJECTED, COMPLAINT_CASE_ACCEPTANCE_OVERDUE,
            COMPLAINT_MEDIATION_CONCLUDED, COMPLAINT_REPORT_DECIDED, COMPLAINT_CLUSTER_DETECTED, RECALL_LEAD_OPENED,
            RECALL_INVESTIGATION_OPENED, RECALL_INVESTIGATION_CONCLUDED, RECALL_INITIATED, RECALL_PLAN_ACCEPTED,
            RECALL_PROGRESS_REPORTED, RECALL_OVERDUE, RECALL_COMPLETED, RECALL_TERMINATED,
            MONITOR_ALERT_RAISED,
            INSPECTION_PLAN_PUBLISHED, INSPECTION_DRAW_PUBLISHED, CREDIT_ENTERPRISE_REGISTERED,
            CREDIT_ENTERPRISE_UPDATED, RECTIFICATION_RECHECK_REQUESTED, RECTIFICATION_TASK_REPORTED,
            RECTIFICATION_TASK_CLOSED, RECTIFICATION_NOTICE_PUBLISHED, RECTIFICATION_TASK_SUSPENDED,
            RECTIFICATION_TASK_REFERRED, RECTIFICATION_DEADLINE_EXTENDED, CREDIT_LIST_ENTERED, CREDIT_LIST_EXITED,
            CREDIT_REPAIR_APPLIED, CREDIT_REPAIR_DECIDED);

    private static final Map<String, EventType<?>> BY_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    private static final Map<Class<?>, EventType<?>> BY_PAYLOAD =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::payloadClass, Function.identity()));

    private EventCatalog() {
    }

    private static <T> EventType<T> complaint(String type, Class<T> payload) {
        return new EventType<>(type, Topics.COMPLAINT_CASES, payload, "/qsp/complaint");
    }

    private static <T> EventType<T> rectification(String type, Class<T> payload) {
        return new EventType<>(type, Topics.RECTIFICATION_TASKS, payload, "/qsp/rectification");
    }

    private static <T> EventType<T> recall(String type, Class<T> payload) {
        return new EventType<>(type, Topics.RECALL_RECALLS, payload, "/qsp/recall");
    }

    /** The one event type whose payload is of {@code payloadClass} (each record class names one type). */
    @SuppressWarnings("unchecked")
    public static <T> EventType<T> forPayload(Class<T> payloadClass) {
        EventType<?> type = BY_PAYLOAD.get(payloadClass);
        if (type == null) {
            throw new IllegalArgumentException(payloadClass.getName() + " is not the payload of a catalogued event type");
        }
        return (EventType<T>) type;
    }

    public static Optional<EventType<?>> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }
}
