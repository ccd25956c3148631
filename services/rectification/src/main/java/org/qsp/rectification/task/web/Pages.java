package org.qsp.rectification.task.web;

import java.util.function.Function;

import org.qsp.platform.web.PageResponse;
import org.qsp.rectification.task.RectificationTask;
import org.qsp.rectification.task.TaskPage;

final class Pages {

    static final int MAX_PAGE = 10_000;
    static final int MAX_SIZE = 100;

    private Pages() {
    }

    static <V> PageResponse<V> of(TaskPage page, Function<RectificationTask, V> view) {
        return new PageResponse<>(page.items().stream().map(view).toList(), page.page(), page.size(), page.total());
    }
}
