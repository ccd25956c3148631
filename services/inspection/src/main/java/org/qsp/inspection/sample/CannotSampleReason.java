package org.qsp.inspection.sample;

/**
 * Why a pair could not sample (不得抽样, DOMAIN.md §3): the lot is below the sampling base the standard needs; the
 * goods are not for sale, or for export only; or they are marked as trial products, clearance goods or samples.
 */
public enum CannotSampleReason {
    LOT_TOO_SMALL(true), NOT_FOR_SALE(false), EXPORT_ONLY(false), MARKED_TRIAL(true), MARKED_CLEARANCE(true),
    MARKED_SAMPLE(true);

    private final boolean laterVisit;

    CannotSampleReason(boolean laterVisit) {
        this.laterVisit = laterVisit;
    }

    /**
     * Whether a later visit may find something to sample, so that the task stays open: a lot too small now may be
     * larger later, and goods marked trial, clearance or sample are a passing state of the stock. Goods not for sale
     * or for export only are not on the domestic market that the task samples: the task is done.
     */
    public boolean permitsLaterVisit() {
        return laterVisit;
    }
}
