package org.qsp.inspection.sample;

/**
 * Why a pair could not sample (不得抽样, DOMAIN.md §3): the lot is below the sampling base the standard needs; the
 * goods are not for sale, or for export only; or they are marked as trial products, clearance goods or samples.
 */
public enum CannotSampleReason {
    LOT_TOO_SMALL, NOT_FOR_SALE, EXPORT_ONLY, MARKED_TRIAL, MARKED_CLEARANCE, MARKED_SAMPLE
}
