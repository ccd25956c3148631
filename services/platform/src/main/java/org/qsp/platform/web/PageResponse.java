package org.qsp.platform.web;

import java.util.List;
import java.util.function.Function;

import org.qsp.platform.paging.Page;

/** One page of a list: the items, which page, its size and how many items there are in all. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    /** The highest page number a list accepts ({@code page=}, from 0). */
    public static final int MAX_PAGE = 10_000;
    /** The largest page a list serves ({@code size=}). */
    public static final int MAX_SIZE = 100;

    /** The answer for a page of the domain's items, each shown as {@code view} makes it. */
    public static <T, V> PageResponse<V> of(Page<T> page, Function<? super T, ? extends V> view) {
        return new PageResponse<>(page.items().stream().<V>map(view).toList(), page.page(), page.size(),
                page.total());
    }
}
