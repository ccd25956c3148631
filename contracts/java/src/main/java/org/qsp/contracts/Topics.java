package org.qsp.contracts;

import java.util.List;

/** Every topic that crosses a service boundary, with its key. */
public final class Topics {

    public static final String INSPECTION_SAMPLES_NAME = "inspection.samples";
    public static final String RECTIFICATION_TASKS_NAME = "rectification.tasks";
    public static final String CREDIT_ENTERPRISES_NAME = "credit.enterprises";
    public static final String COMPLAINT_CASES_NAME = "complaint.cases";
    public static final String RECALL_RECALLS_NAME = "recall.recalls";
    public static final String MONITOR_ALERTS_NAME = "monitor.alerts";
    public static final String INSPECTION_PLANS_NAME = "inspection.plans";

    public static final Topic INSPECTION_SAMPLES = new Topic(INSPECTION_SAMPLES_NAME, "sampleId", 3);
    public static final Topic RECTIFICATION_TASKS = new Topic(RECTIFICATION_TASKS_NAME, "taskId", 3);
    public static final Topic CREDIT_ENTERPRISES = new Topic(CREDIT_ENTERPRISES_NAME, "uscc", 3);
    /** Cases keyed by case id; cluster events keyed by their subject (the cluster id without its window day). */
    public static final Topic COMPLAINT_CASES = new Topic(COMPLAINT_CASES_NAME, "caseId", 3);
    /** Recalls keyed by recall id; the leads and investigations that come before a recall by their own ids. */
    public static final Topic RECALL_RECALLS = new Topic(RECALL_RECALLS_NAME, "recallId", 3);

    /** The regulators' alerts, keyed by alert id. */
    public static final Topic MONITOR_ALERTS = new Topic(MONITOR_ALERTS_NAME, "alertId", 3);

    /** Sampling plans keyed by plan id; the draws of a plan by their own draw ids. */
    public static final Topic INSPECTION_PLANS = new Topic(INSPECTION_PLANS_NAME, "planId", 3);

    public static final List<Topic> ALL = List.of(INSPECTION_SAMPLES, RECTIFICATION_TASKS, CREDIT_ENTERPRISES,
            COMPLAINT_CASES, RECALL_RECALLS, MONITOR_ALERTS, INSPECTION_PLANS);

    private Topics() {
    }
}
