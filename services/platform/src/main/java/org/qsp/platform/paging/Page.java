package org.qsp.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list: its items, which page (from 0), its size, and how many items match in all. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> empty(int page, int size) {
        return new Page<>(List.of(), page, size, 0);
    }

    public <V> Page<V> map(Function<? super T, ? extends V> view) {
        return new Page<>(items.stream().<V>map(view).toList(), page, size, total);
    }
}
