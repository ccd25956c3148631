package org.qsp.rectification.task.web;

import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.qsp.platform.web.PageResponse;

final class Pages {

    static final int MAX_PAGE = 10_000;
    static final int MAX_SIZE = 100;

    private Pages() {
    }

    static <T, V> PageResponse<V> of(Page<T> page, Function<T, V> view) {
        return new PageResponse<>(page.getContent().stream().map(view).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements());
    }
}
