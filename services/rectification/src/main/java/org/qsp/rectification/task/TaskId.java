package org.qsp.rectification.task;

import org.qsp.platform.errors.InvalidField;

/**
 * A rectification task's id. A task opened for a failed sample is {@code RT-<sampleId>}, one for a substantiated
 * report {@code RT-<caseId>} (case ids start with {@code CC-}), one for an ordered recall {@code RT-<recallId>} (recall
 * ids start with {@code RC-}): the natural key that makes a redelivered or replayed event open no second task.
 */
public record TaskId(String value) {

    private static final String PREFIX = "RT-";
    private static final String FORMAT = "RT-[^\\s/?#]{1,200}";

    public TaskId {
        if (value == null || !value.matches(FORMAT)) {
            throw new InvalidField("invalid-task-id", "taskId",
                    "a task id is RT- followed by 1 to 200 characters without spaces, '/', '?' or '#'");
        }
    }

    public static TaskId forSample(String sampleId) {
        return new TaskId(PREFIX + sampleId);
    }

    public static TaskId forReport(String caseId) {
        return new TaskId(PREFIX + caseId);
    }

    public static TaskId forRecall(String recallId) {
        return new TaskId(PREFIX + recallId);
    }

    @Override
    public String toString() {
        return value;
    }
}
