package org.qsp.credit.enterprise;

import java.util.List;

/** One page of enterprises: the items, which page, its size and how many there are in all. */
public record EnterprisePage(List<Enterprise> items, int page, int size, long total) {

    public EnterprisePage {
        items = List.copyOf(items);
    }
}
