package org.qsp.inspection.sample;

/**
 * A regulator's query: the samples of enterprises whose region starts with {@code regionPrefix}
 * (what the regulator supervises, "" for the national authority), optionally of one enterprise and
 * with one verdict; or, with no region prefix (null), one enterprise's own samples wherever they were taken.
 *
 * @param uscc    only this enterprise (may be null)
 * @param verdict only samples concluded with this verdict (may be null)
 */
public record SampleSearch(String regionPrefix, String uscc, Verdict verdict) {
}
