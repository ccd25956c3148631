package org.qsp.rectification.task;

import org.qsp.platform.errors.NotFound;

/**
 * The caller may not see or act on this task (another enterprise, a regulator of another region). It
 * answers exactly as a task that does not exist (404, never 403): nobody learns which tasks exist.
 */
public class NotYourTask extends NotFound {

    public NotYourTask(String taskId) {
        super(RectificationTask.DESCRIPTION, taskId);
    }
}
