package org.qsp.rectification.task;

import java.util.List;

/** One page of tasks, which page, its size, and how many tasks match in all. */
public record TaskPage(List<RectificationTask> items, int page, int size, long total) {
}
