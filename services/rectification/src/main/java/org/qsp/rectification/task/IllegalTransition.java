package org.qsp.rectification.task;

import org.qsp.platform.errors.DomainException;

/** The task's status does not allow what was asked. */
public class IllegalTransition extends DomainException {

    public IllegalTransition(String taskId, TaskStatus status, String action) {
        super(Kind.REJECTED, "illegal-transition", "task " + taskId + " is " + status + "; it cannot " + action);
    }
}
