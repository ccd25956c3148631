package org.qsp.inspection.sample.web;

import java.util.List;

/**
 * The answer to a batch: one entry per item, in the order sent.
 *
 * @param items the items' outcomes
 */
record SyncAnswer(List<Item> items) {

    /** What became of an item. */
    enum Status {
        /** This batch recorded it (the single endpoint's 201). */
        APPLIED,
        /** It was recorded before with the same content (the single endpoint's 200): nothing changed. */
        ALREADY_APPLIED,
        /** The sample holds other content (the single endpoint's 409): nothing changed; the errors say why. */
        CONFLICT,
        /**
         * The item is not valid, or the caller may not send it (the single endpoint's 400, 403, 404 or 422): nothing
         * changed; the errors give the fields and codes the single endpoint's problem would.
         */
        INVALID
    }

    /**
     * @param clientId the item's client id
     * @param sampleId the item's sample id as sent (null when it sent none)
     * @param status   what became of it
     * @param errors   why it is a CONFLICT or INVALID (empty otherwise)
     */
    record Item(String clientId, String sampleId, Status status, List<ItemError> errors) {
    }

    /**
     * One reason an item was not applied.
     *
     * @param field   the item's field it is about ({@code enterprise.uscc}, {@code inspectorIds}), or null
     * @param code    the stable code the single endpoint's problem has ({@code validation-failed},
     *                {@code malformed-request}, {@code sample-conflict}, {@code not-a-sampling-inspector}, …)
     * @param message what is wrong
     */
    record ItemError(String field, String code, String message) {
    }
}
