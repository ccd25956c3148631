package org.qsp.credit.enterprise;

import java.util.List;

/** One page of an enterprise's records, newest first: the items, which page, its size and how many there are in all. */
public record RecordPage(List<CreditRecord> items, int page, int size, long total) {

    public RecordPage {
        items = List.copyOf(items);
    }
}
