package org.qsp.credit.quality;

import java.util.List;

/** One page of flags: the items, which page, its size and how many there are in all. */
public record FlagPage(List<DataQualityFlag> items, int page, int size, long total) {

    public FlagPage {
        items = List.copyOf(items);
    }
}
