package org.qsp.rectification.task;

import java.time.LocalDate;

/** When the second re-check may start (day 60 after the public notice) and by when it is due (day 90). */
public record SecondRecheckWindow(LocalDate from, LocalDate by) {
}
