package org.qsp.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.qsp.contracts.credit.CreditClassChanged;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.contracts.inspection.SamplePassed;
import org.qsp.contracts.rectification.RectificationTaskAcknowledged;
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

    /** One valid example of every event type in the catalog. */
    public static Map<EventType<?>, Object> oneOfEach() {
        return Map.of(
                EventCatalog.SAMPLE_FAILED, sampleFailed("S-1", USCC_A, true),
                EventCatalog.SAMPLE_PASSED, samplePassed("S-2", USCC_A),
                EventCatalog.RECTIFICATION_TASK_OPENED, taskOpened("RT-S-1", "S-1", USCC_A),
                EventCatalog.RECTIFICATION_TASK_ACKNOWLEDGED, taskAcknowledged("RT-S-1", USCC_A),
                EventCatalog.RECTIFICATION_TASK_OVERDUE, taskOverdue("RT-S-1", USCC_A),
                EventCatalog.CREDIT_CLASS_CHANGED, classChanged(USCC_A));
    }
}
