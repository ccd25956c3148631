package org.qsp.rectification.task.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.qsp.rectification.task.Extension;

/**
 * A regulator extends a deadline of the task: which one, to which day, and why (a missing reason is refused by the
 * task, 400 reason-required, so that the rule is one place).
 */
record ExtensionRequest(@NotNull Extension.Deadline deadline, @NotNull LocalDate until, @Size(max = 2000) String reason) {
}
