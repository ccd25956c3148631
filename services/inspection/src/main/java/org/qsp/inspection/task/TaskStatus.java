package org.qsp.inspection.task;

/** A task is open until its sampling is recorded (the sampling form's {@code taskId}, issue 10's field work). */
public enum TaskStatus {
    OPEN, DONE
}
