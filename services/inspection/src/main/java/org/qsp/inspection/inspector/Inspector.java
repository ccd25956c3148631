package org.qsp.inspection.inspector;

/**
 * A sampling inspector (抽样人员 / 执法人员) of the directory: their id (the {@code sub} of their
 * access token) and the GB/T 2260 region of the authority they work for.
 */
public record Inspector(String id, String region) {

    /** Whether the other inspector works for the same authority: the same region. */
    public boolean sameAuthorityAs(Inspector other) {
        return region.equals(other.region);
    }
}
