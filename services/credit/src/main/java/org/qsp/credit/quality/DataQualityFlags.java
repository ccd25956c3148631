package org.qsp.credit.quality;

import java.util.Optional;

/** The data-quality flags kept so far (a port: the store adapter implements it). */
public interface DataQualityFlags {

    /** Keeps the flag unless one with its id exists (the same event delivered again): a no-op then. */
    void insertIfAbsent(DataQualityFlag flag);

    Optional<DataQualityFlag> find(String id);

    /**
     * One page of the flags whose region of record or claimed region starts with {@code regionPrefix},
     * optionally of one enterprise ({@code uscc} may be null), newest first (ties by id).
     */
    FlagPage search(String regionPrefix, String uscc, int page, int size);

    /** How many flags the enterprise has. */
    long countOf(String uscc);
}
