package org.qsp.inspection.sample;

/**
 * A regulator's query: the samples of enterprises in the regions {@code authorityRegion} covers,
 * optionally of one enterprise and with one verdict.
 *
 * @param uscc    only this enterprise (may be null)
 * @param verdict only samples concluded with this verdict (may be null)
 */
public record SampleSearch(String authorityRegion, String uscc, Verdict verdict) {
}
