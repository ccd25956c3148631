package org.qsp.inspection.sample;

import org.qsp.platform.errors.Conflict;
import org.qsp.platform.errors.DomainException;
import org.qsp.platform.errors.Forbidden;
import org.qsp.platform.errors.Rejected;

/** Why a visit may not fulfil the task it names: each answer names the field it is about. */
public final class TaskRefused {

    private TaskRefused() {
    }

    /** 422: no task has that id. */
    public static DomainException unknown(String taskId) {
        return new OnField(new Rejected("unknown-task", "there is no sampling task " + taskId), "taskId");
    }

    /** 403: the task is another pair's (or, without a pair, of a region the inspector does not act for). */
    public static DomainException anotherPair(String taskId, String inspector) {
        return new OnField(new Forbidden("task-of-another-pair", "task " + taskId + " is not assigned to inspector "
                + inspector), "taskId");
    }

    /** 422: the task is for another enterprise than the one the visit names. */
    public static DomainException otherEnterprise(String taskId, String taskUscc, String uscc) {
        return new OnField(new Rejected("task-enterprise-mismatch", "task " + taskId + " is for enterprise "
                + taskUscc + ", not for " + uscc), "enterprise.uscc");
    }

    /** 409: another visit already fulfilled the task. */
    public static DomainException done(String taskId, String bySample) {
        return new OnField(new Conflict("task-done", "task " + taskId + " was done by sample " + bySample),
                "taskId");
    }

    /** A refusal with the kind and code of {@code cause}, about {@code field}. */
    private static final class OnField extends DomainException {

        private final String field;

        OnField(DomainException cause, String field) {
            super(cause.kind(), cause.code(), cause.getMessage());
            this.field = field;
        }

        @Override
        public String field() {
            return field;
        }
    }
}
