package org.qsp.complaint.cases;

import java.util.List;

/** One page of cases, which page, its size, and how many cases match in all. */
public record CasePage(List<ComplaintCase> items, int page, int size, long total) {
}
