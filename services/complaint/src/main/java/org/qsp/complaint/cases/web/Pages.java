package org.qsp.complaint.cases.web;

import java.util.function.Function;

import org.qsp.complaint.cases.CasePage;
import org.qsp.complaint.cases.ComplaintCase;
import org.qsp.platform.web.PageResponse;

final class Pages {

    static final int MAX_PAGE = 10_000;
    static final int MAX_SIZE = 100;

    private Pages() {
    }

    static <V> PageResponse<V> of(CasePage page, Function<ComplaintCase, V> view) {
        return new PageResponse<>(page.items().stream().map(view).toList(), page.page(), page.size(), page.total());
    }
}
