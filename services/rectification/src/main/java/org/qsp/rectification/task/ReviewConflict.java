package org.qsp.rectification.task;

import org.qsp.platform.errors.Conflict;

/**
 * A report or review that contradicts what is recorded: another report while one is under review, another decision
 * on a report already reviewed (409). The same one again is a retry and answers as before.
 */
public class ReviewConflict extends Conflict {

    ReviewConflict(String code, String message) {
        super(code, message);
    }
}
