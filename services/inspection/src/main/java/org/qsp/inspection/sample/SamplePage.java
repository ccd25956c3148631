package org.qsp.inspection.sample;

import java.util.List;

/** One page of samples, newest sampling first, and how many match in all. */
public record SamplePage(List<Sample> items, long total) {
}
