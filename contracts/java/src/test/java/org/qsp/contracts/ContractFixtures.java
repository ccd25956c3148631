package org.qsp.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.qsp.contracts.complaint.ComplaintCaseAcceptanceOverdue;
import org.qsp.contracts.complaint.ComplaintCaseAccepted;
import org.qsp.contracts.complaint.ComplaintCaseReceived;
import org.qsp.contracts.complaint.ComplaintCaseRejected;
import org.qsp.contracts.complaint.ComplaintClusterDetected;
import org.qsp.contracts.complaint.ComplaintMediationConcluded;
import org.qsp.contracts.complaint.ComplaintReportDecided;
import org.qsp.contracts.complaint.ProductMention;
import org.qsp.contracts.complaint.Respondent;
import org.qsp.contracts.credit.CreditClassChanged;
import org.qsp.contracts.credit.CreditListEntered;
import org.qsp.contracts.credit.CreditListExited;
import org.qsp.contracts.credit.CreditRepairApplied;
import org.qsp.contracts.credit.CreditRepairDecided;
import org.qsp.contracts.credit.CreditEnterpriseRegistered;
import org.qsp.contracts.credit.CreditEnterpriseUpdated;
import org.qsp.contracts.inspection.InspectionDrawPublished;
import org.qsp.contracts.inspection.InspectionPlanPublished;
import org.qsp.contracts.rectification.RectificationRecheckRequested;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.contracts.inspection.SampleFinalized;
import org.qsp.contracts.inspection.SamplePassed;
import org.qsp.contracts.inspection.RecheckConcluded;
import org.qsp.contracts.inspection.SamplingRefused;
import org.qsp.contracts.monitor.MonitorAlertRaised;
import org.qsp.contracts.recall.RecallCompleted;
import org.qsp.contracts.recall.RecallInitiated;
import org.qsp.contracts.recall.RecallInvestigationConcluded;
import org.qsp.contracts.recall.RecallInvestigationOpened;
import org.qsp.contracts.recall.RecallLeadOpened;
import org.qsp.contracts.recall.RecallOverdue;
import org.qsp.contracts.recall.RecallPlanAccepted;
import org.qsp.contracts.recall.RecallProgressReported;
import org.qsp.contracts.recall.RecallTerminated;
import org.qsp.contracts.rectification.RectificationTaskAcknowledged;
import org.qsp.contracts.rectification.RectificationTaskReported;
import org.qsp.contracts.rectification.RectificationDeadlineExtended;
import org.qsp.contracts.rectification.RectificationNoticePublished;
import org.qsp.contracts.rectification.RectificationTaskClosed;
import org.qsp.contracts.rectification.RectificationTaskReferred;
import org.qsp.contracts.rectification.RectificationTaskSuspended;
import org.qsp.contracts.rectification.RectificationTaskOpened;
import org.qsp.contracts.rectification.RectificationTaskOverdue;

/** Valid example payloads of every event type, for producer and consumer tests of every service. */
public final class ContractFixtures {

    public static final String USCC_A = "91330100MA27XY012B";
    public static final String USCC_B = "91330106MA2B3C4D5D";
    public static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");

    private ContractFixtures() {
    }

    public static EnterpriseRef enterprise(String uscc) {
        return new EnterpriseRef(uscc, "杭州示例食品有限公司", "330100");
    }

    public static SampleFailed sampleFailed(String sampleId, String uscc, boolean safetyRelated) {
        return new SampleFailed(sampleId, enterprise(uscc), new ProductRef("速冻水饺", "好味", "500g", "20260201"),
                AT.minusSeconds(86_400), AT,
                List.of(new SampleFailed.FailedItem("菌落总数", "≤100000", "350000", "CFU/g", safetyRelated)),
                safetyRelated);
    }

    public static SamplePassed samplePassed(String sampleId, String uscc) {
        return new SamplePassed(sampleId, enterprise(uscc), new ProductRef("速冻水饺", "好味", "500g", "20260201"),
                AT.minusSeconds(86_400), AT);
    }

    /** A final verdict of a SUPERVISORY sample: FAIL with one failed item, or PASS without. */
    public static SampleFinalized sampleFinalized(String sampleId, String uscc, String verdict, String basis,
            String samplingType) {
        boolean failed = "FAIL".equals(verdict);
        return new SampleFinalized(sampleId, verdict, basis, AT.plusSeconds(86_400), enterprise(uscc),
                new ProductRef("速冻水饺", "好味", "500g", "20260201"), AT.minusSeconds(86_400), AT,
                failed ? List.of(new SampleFailed.FailedItem("菌落总数", "≤100000", "350000", "CFU/g", false))
                        : List.of(),
                false, samplingType, "0701", "FOOD", "TASK-1");
    }

    /** {@link #sampleFailed} once final: the enterprise accepted it a day after the result. */
    public static SampleFinalized finalFail(String sampleId, String uscc, boolean safetyRelated) {
        return finalFail(sampleId, enterprise(uscc), safetyRelated);
    }

    /** {@link #finalFail(String, String, boolean)} of an enterprise placed where {@code enterprise} says. */
    public static SampleFinalized finalFail(String sampleId, EnterpriseRef enterprise, boolean safetyRelated) {
        SampleFailed failed = sampleFailed(sampleId, enterprise.uscc(), safetyRelated);
        return new SampleFinalized(sampleId, "FAIL", "ACCEPTED", AT.plusSeconds(86_400), enterprise,
                failed.product(), failed.sampledAt(), failed.concludedAt(), failed.failedItems(), safetyRelated,
                "SUPERVISORY", null, "FOOD", null);
    }

    /** The final verdict of round 1 of the re-check of rectification task RT-S-1. */
    public static RecheckConcluded recheckConcluded(String sampleId, String uscc, String verdict) {
        return new RecheckConcluded("RT-S-1", 1, "TK-0123456789abcdef01234567", sampleId, uscc, "330106", verdict,
                "PASS".equals(verdict) ? "PASS_RESULT" : "ACCEPTED", AT.plusSeconds(86_400));
    }

    public static SamplingRefused samplingRefused(String sampleId, String uscc) {
        return new SamplingRefused(sampleId, "TASK-1", enterprise(uscc), AT, "SUPERVISORY",
                "the manager refused entry to the warehouse");
    }

    public static RectificationTaskOpened taskOpened(String taskId, String sampleId, String uscc) {
        return new RectificationTaskOpened(taskId, "SAMPLE_FAILED", sampleId, enterprise(uscc), "速冻水饺", AT,
                LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 18), true);
    }

    public static RectificationTaskAcknowledged taskAcknowledged(String taskId, String uscc) {
        return new RectificationTaskAcknowledged(taskId, uscc, AT);
    }

    public static RectificationTaskOverdue taskOverdue(String taskId, String uscc) {
        return new RectificationTaskOverdue(taskId, uscc, LocalDate.of(2026, 5, 1), AT);
    }

    public static CreditClassChanged classChanged(String uscc) {
        return new CreditClassChanged(uscc, "A", "B", 85, AT);
    }

    public static Respondent respondent(String uscc) {
        return new Respondent(uscc, "杭州示例食品有限公司", "330106");
    }

    public static ProductMention product() {
        return new ProductMention("速冻水饺", "好味", "500g/袋");
    }

    public static ComplaintCaseReceived caseReceived(String caseId, String kind, String uscc) {
        return new ComplaintCaseReceived(caseId, kind, null, "food", respondent(uscc),
                new ComplaintCaseReceived.OnlinePlatform("示例购物平台", "330108"), product(), "330106", "WEB", AT,
                LocalDate.of(2026, 3, 11));
    }

    public static ComplaintCaseAccepted caseAccepted(String caseId, String uscc) {
        return new ComplaintCaseAccepted(caseId, "COMPLAINT", "food", respondent(uscc), "330106", AT,
                LocalDate.of(2026, 5, 8));
    }

    public static ComplaintCaseRejected caseRejected(String caseId, String uscc) {
        return new ComplaintCaseRejected(caseId, "COMPLAINT", "food", respondent(uscc), "330106", "OVER_THREE_YEARS",
                AT);
    }

    public static ComplaintCaseAcceptanceOverdue acceptanceOverdue(String caseId, String uscc) {
        return new ComplaintCaseAcceptanceOverdue(caseId, "REPORT", respondent(uscc), "330106",
                LocalDate.of(2026, 3, 11), AT);
    }

    public static ComplaintMediationConcluded mediationConcluded(String caseId, String uscc, String outcome) {
        return new ComplaintMediationConcluded(caseId, "food", respondent(uscc), "330106", outcome,
                "SETTLED".equals(outcome), false, AT);
    }

    public static ComplaintReportDecided reportDecided(String caseId, String uscc, boolean substantiated) {
        return new ComplaintReportDecided(caseId, "food", respondent(uscc), product(), "330106", substantiated,
                substantiated ? "销售过期食品" : null, substantiated ? "《食品安全法》第三十四条" : null, substantiated,
                substantiated, AT);
    }

    public static ComplaintClusterDetected clusterDetected(String uscc) {
        return new ComplaintClusterDetected("CL-RESPONDENT-330106-food-" + uscc + "-20260301", "RESPONDENT", "330106",
                "food", true, respondent(uscc), product(), List.of("CC-1", "CC-2", "CC-3", "CC-4", "CC-5"), 5,
                AT.minusSeconds(86_400), AT.plusSeconds(29 * 86_400L), AT);
    }

    public static final String RECALL_ID = "RC-7K3M9Q2W4X8Z";
    public static final String LEAD_ID = "RL-0123456789abcdef01234567";
    public static final String INVESTIGATION_ID = "RI-0123456789abcdef01234567";

    public static ProductRef recallProduct() {
        return new ProductRef("速冻水饺", "好味", "500g/袋", "20260201-20260215");
    }

    public static RecallLeadOpened leadOpened(String leadId, String sampleId, String uscc) {
        return new RecallLeadOpened(leadId, "SAMPLE_FAILED", sampleId, enterprise(uscc), recallProduct(), null,
                "330100", "菌落总数 350000 CFU/g (≤100000)", AT);
    }

    public static RecallInvestigationOpened investigationOpened(String investigationId, String uscc) {
        return new RecallInvestigationOpened(investigationId, LEAD_ID, enterprise(uscc), recallProduct(), "330100",
                LocalDate.of(2026, 3, 23), AT);
    }

    public static RecallInvestigationConcluded investigationConcluded(String investigationId, String uscc) {
        return new RecallInvestigationConcluded(investigationId, LEAD_ID, enterprise(uscc), "330100",
                "DEFECT_CONFIRMED", true, AT);
    }

    /** An ordered food recall of level 1 (kind ORDERED), or a voluntary consumer-product recall of risk HIGH. */
    public static RecallInitiated recallInitiated(String recallId, String uscc, boolean ordered) {
        return ordered
                ? new RecallInitiated(recallId, "ORDERED", INVESTIGATION_ID, enterprise(uscc), recallProduct(), "FOOD",
                        1, null, "MICROBIOLOGICAL", null, AT.plusSeconds(86_400), AT)
                : new RecallInitiated(recallId, "VOLUNTARY", null, enterprise(uscc),
                        new ProductRef("电热水壶", "暖家", "NJ-1800", "SN2026A0001-SN2026A9999"), "CONSUMER_PRODUCT",
                        null, "HIGH", "ELECTRIC_SHOCK", 10_000, null, AT);
    }

    public static RecallPlanAccepted planAccepted(String recallId, String uscc) {
        return new RecallPlanAccepted(recallId, "ORDERED", enterprise(uscc), recallProduct(), "FOOD", 1, null,
                "MICROBIOLOGICAL", List.of("REFUND"), 1_000, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 13),
                LocalDate.of(2026, 3, 16), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 3, 4), AT);
    }

    public static RecallProgressReported progressReported(String recallId, String uscc) {
        return new RecallProgressReported(recallId, uscc, 1, 1_000, 600, 0, 100, 200, new BigDecimal("0.900"), AT);
    }

    public static RecallOverdue recallOverdue(String recallId, String uscc, String deadline) {
        return new RecallOverdue(recallId, "ORDERED", enterprise(uscc), deadline, AT,
                "START".equals(deadline) ? null : LocalDate.of(2026, 3, 1), AT.plusSeconds(60));
    }

    public static RecallCompleted recallCompleted(String recallId, String uscc, String kind) {
        return new RecallCompleted(recallId, kind, enterprise(uscc), recallProduct(), 1_000, 700, 0, 100, 200,
                new BigDecimal("1.000"), AT);
    }

    public static RecallTerminated recallTerminated(String recallId, String uscc) {
        return new RecallTerminated(recallId, "VOLUNTARY", enterprise(uscc), recallProduct(), AT);
    }

    /** One valid example of every event type in the catalog. */
    public static Map<EventType<?>, Object> oneOfEach() {
        return Map.ofEntries(
                Map.entry(EventCatalog.COMPLAINT_CASE_RECEIVED, caseReceived("CC-1", "COMPLAINT", USCC_A)),
                Map.entry(EventCatalog.COMPLAINT_CASE_ACCEPTED, caseAccepted("CC-1", USCC_A)),
                Map.entry(EventCatalog.COMPLAINT_CASE_REJECTED, caseRejected("CC-1", USCC_A)),
                Map.entry(EventCatalog.COMPLAINT_CASE_ACCEPTANCE_OVERDUE, acceptanceOverdue("CC-1", USCC_A)),
                Map.entry(EventCatalog.COMPLAINT_MEDIATION_CONCLUDED, mediationConcluded("CC-1", USCC_A, "SETTLED")),
                Map.entry(EventCatalog.COMPLAINT_REPORT_DECIDED, reportDecided("CC-1", USCC_A, true)),
                Map.entry(EventCatalog.COMPLAINT_CLUSTER_DETECTED, clusterDetected(USCC_A)),
                Map.entry(EventCatalog.SAMPLE_FAILED, sampleFailed("S-1", USCC_A, true)),
                Map.entry(EventCatalog.SAMPLE_PASSED, samplePassed("S-2", USCC_A)),
                Map.entry(EventCatalog.SAMPLE_FINALIZED, sampleFinalized("S-1", USCC_A, "FAIL", "ACCEPTED",
                        "SUPERVISORY")),
                Map.entry(EventCatalog.SAMPLING_REFUSED, samplingRefused("S-3", USCC_A)),
                Map.entry(EventCatalog.RECHECK_CONCLUDED, recheckConcluded("S-4", USCC_A, "FAIL")),
                Map.entry(EventCatalog.RECTIFICATION_TASK_OPENED, taskOpened("RT-S-1", "S-1", USCC_A)),
                Map.entry(EventCatalog.RECTIFICATION_TASK_ACKNOWLEDGED, taskAcknowledged("RT-S-1", USCC_A)),
                Map.entry(EventCatalog.RECTIFICATION_TASK_OVERDUE, taskOverdue("RT-S-1", USCC_A)),
                Map.entry(EventCatalog.CREDIT_CLASS_CHANGED, classChanged(USCC_A)),
                Map.entry(EventCatalog.RECALL_LEAD_OPENED, leadOpened(LEAD_ID, "S-1", USCC_A)),
                Map.entry(EventCatalog.RECALL_INVESTIGATION_OPENED, investigationOpened(INVESTIGATION_ID, USCC_A)),
                Map.entry(EventCatalog.RECALL_INVESTIGATION_CONCLUDED, investigationConcluded(INVESTIGATION_ID, USCC_A)),
                Map.entry(EventCatalog.RECALL_INITIATED, recallInitiated(RECALL_ID, USCC_A, true)),
                Map.entry(EventCatalog.RECALL_PLAN_ACCEPTED, planAccepted(RECALL_ID, USCC_A)),
                Map.entry(EventCatalog.RECALL_PROGRESS_REPORTED, progressReported(RECALL_ID, USCC_A)),
                Map.entry(EventCatalog.RECALL_OVERDUE, recallOverdue(RECALL_ID, USCC_A, "PLAN")),
                Map.entry(EventCatalog.RECALL_COMPLETED, recallCompleted(RECALL_ID, USCC_A, "VOLUNTARY")),
                Map.entry(EventCatalog.RECALL_TERMINATED, recallTerminated(RECALL_ID, USCC_A)),
                Map.entry(EventCatalog.MONITOR_ALERT_RAISED, alertRaised("AL-0123456789ABCDEF", USCC_A)),
                Map.entry(EventCatalog.INSPECTION_PLAN_PUBLISHED, planPublished(PLAN_ID)),
                Map.entry(EventCatalog.INSPECTION_DRAW_PUBLISHED, drawPublished(DRAW_ID, PLAN_ID, USCC_A)),
                Map.entry(EventCatalog.CREDIT_ENTERPRISE_REGISTERED, enterpriseRegistered(USCC_A, "330106", "B")),
                Map.entry(EventCatalog.CREDIT_ENTERPRISE_UPDATED, enterpriseUpdated(USCC_A, "330106", "ACTIVE")),
                Map.entry(EventCatalog.RECTIFICATION_RECHECK_REQUESTED, recheckRequested("RT-S-1", "S-1", USCC_A, 1)),
                Map.entry(EventCatalog.RECTIFICATION_TASK_REPORTED, taskReported("RT-S-1", USCC_A, 1)),
                Map.entry(EventCatalog.RECTIFICATION_TASK_CLOSED,
                        new RectificationTaskClosed("RT-S-1", USCC_A, 1, "S-2", true, AT)),
                Map.entry(EventCatalog.RECTIFICATION_NOTICE_PUBLISHED, noticePublished("RT-S-1", USCC_A)),
                Map.entry(EventCatalog.RECTIFICATION_TASK_SUSPENDED,
                        new RectificationTaskSuspended("RT-S-1", USCC_A, 2, "S-3", true, AT)),
                Map.entry(EventCatalog.RECTIFICATION_TASK_REFERRED, new RectificationTaskReferred("RT-S-1", USCC_A,
                        "杭州示例食品有限公司", "320106", "330106", "RECHECK_FAILED", AT)),
                Map.entry(EventCatalog.RECTIFICATION_DEADLINE_EXTENDED, new RectificationDeadlineExtended("RT-S-1",
                        USCC_A, "CORRECTION", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), "原料断供，延期复产",
                        "regulator-hz", AT)),
                Map.entry(EventCatalog.CREDIT_LIST_ENTERED, listEntered(USCC_A)),
                Map.entry(EventCatalog.CREDIT_LIST_EXITED, listExited(USCC_A)),
                Map.entry(EventCatalog.CREDIT_REPAIR_APPLIED, repairApplied(USCC_A)),
                Map.entry(EventCatalog.CREDIT_REPAIR_DECIDED, repairDecided(USCC_A)));
    }

    // credit lists and credit repair (issue 11)
    public static CreditListEntered listEntered(String uscc) {
        return new CreditListEntered("SL-PN-0123456789ABCDEF", uscc, "SERIOUS_DISHONESTY", "SERIOUS_VIOLATION",
                "PN-0123456789ABCDEF", AT, AT.plus(java.time.Duration.ofDays(365 * 3)), AT);
    }

    public static CreditListExited listExited(String uscc) {
        return new CreditListExited("SL-PN-0123456789ABCDEF", uscc, "SERIOUS_DISHONESTY", "SERIOUS_VIOLATION",
                "REPAIRED", AT);
    }

    public static CreditRepairApplied repairApplied(String uscc) {
        return new CreditRepairApplied("RP-0123456789ABCDEF", uscc, "PENALTY", "PN-0123456789ABCDEF", AT);
    }

    public static CreditRepairDecided repairDecided(String uscc) {
        return new CreditRepairDecided("RP-0123456789ABCDEF", uscc, "PENALTY", "PN-0123456789ABCDEF", "APPROVED",
                AT);
    }

    // plans, draws, the enterprise registry and re-check requests (issue 10)
    public static final String PLAN_ID = "PL-0123456789abcdef01234567";
    public static final String DRAW_ID = "DR-0123456789abcdef01234567";

    public static InspectionPlanPublished planPublished(String planId) {
        return new InspectionPlanPublished(planId, 2026, "CITY", "SUPERVISORY", List.of("food-frozen"), "330100", 20,
                Map.of("A", new BigDecimal("0.05"), "B", new BigDecimal("0.15"), "C", new BigDecimal("0.40"), "D",
                        new BigDecimal("0.40")), AT);
    }

    public static InspectionDrawPublished drawPublished(String drawId, String planId, String uscc) {
        return new InspectionDrawPublished(drawId, planId, "330100", "CITY", 2026, List.of("food-frozen"), "20261203-1",
                "qsp-draw-v1", "0".repeat(64), 120, List.of(uscc), AT);
    }

    public static CreditEnterpriseRegistered enterpriseRegistered(String uscc, String region, String riskClass) {
        return new CreditEnterpriseRegistered(uscc, "杭州示例食品有限公司", region, List.of("food-frozen"), "ACTIVE",
                riskClass, AT);
    }

    public static CreditEnterpriseUpdated enterpriseUpdated(String uscc, String region, String status) {
        return new CreditEnterpriseUpdated(uscc, "杭州示例食品有限公司", region, List.of("food-frozen"), status, null, AT);
    }

    public static RectificationNoticePublished noticePublished(String taskId, String uscc) {
        return new RectificationNoticePublished(taskId, "PN-" + taskId, enterprise(uscc),
                new ProductRef("速冻水饺", "示例", "500g", "B-1"), "330000", "S-2", "菌落总数不合格",
                "复查仍不合格：杭州示例食品有限公司「速冻水饺」", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31), AT);
    }

    public static RectificationTaskReported taskReported(String taskId, String uscc, int report) {
        return new RectificationTaskReported(taskId, uscc, report, "停售问题批次, 更换原料供应商, 车间消毒后复检合格",
                List.of(new RectificationTaskReported.Evidence("invoice-1", "application/pdf", "a".repeat(64))), AT);
    }

    public static RectificationRecheckRequested recheckRequested(String taskId, String sampleId, String uscc,
            int round) {
        return new RectificationRecheckRequested(taskId, sampleId, enterprise(uscc),
                new ProductRef("速冻水饺", "好味", "500g", "20260201"), round, LocalDate.of(2026, 5, 18), AT);
    }

    public static MonitorAlertRaised alertRaised(String alertId, String uscc) {
        return new MonitorAlertRaised(alertId, "credit-class-d", "CRITICAL", uscc.substring(2, 8), uscc,
                uscc, "信用风险分类调整为 D 类", "B → D，评分 40", Instant.parse("2026-11-20T08:00:00Z"));
    }
}
