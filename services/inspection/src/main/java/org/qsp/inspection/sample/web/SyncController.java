package org.qsp.inspection.sample.web;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.platform.access.Caller;

/**
 * The phones' offline batch sync: the forms, results and visits an inspector pair recorded without a network, sent
 * in one request when it is back. Each item goes through the single endpoint of its kind (see {@link SyncItems}), in
 * the order sent, and is answered with its own status; photos stay on their own endpoint.
 */
@RestController
class SyncController {

    private final SyncItems items;
    private final SyncProperties properties;

    SyncController(SyncItems items, SyncProperties properties) {
        this.items = items;
        this.properties = properties;
    }

    @PostMapping("/api/inspection/v1/sync")
    @PreAuthorize("hasAnyRole('INSPECTOR', 'LAB')")
    @Operation(summary = "Apply a phone's batch of items made offline, each as its single endpoint would",
            description = """
                    Each item has a clientId (unique in the batch), a kind and a sampleId, and the fields of the single \
                    endpoint of its kind: FORM of PUT /samples/{sampleId}, RESULT of PUT /samples/{sampleId}/result, \
                    CANNOT_SAMPLE of PUT /samples/{sampleId}/cannot-sample, REFUSAL of PUT /samples/{sampleId}/refusal. \
                    The items are applied in the order sent (a FORM before the RESULT of its sample), each on its own \
                    and idempotently, and answered in that order with their status: APPLIED (the single endpoint's \
                    201), ALREADY_APPLIED (200: the same content was recorded before, nothing changed), CONFLICT (409: \
                    the sample holds other content; the errors say why) or INVALID (any other refusal: the errors give \
                    each field with the code the single endpoint's problem would have, e.g. validation-failed, \
                    malformed-request, invalid-sample-id). One bad item never rejects the others. \
                    Access is per item, as for the single endpoints: FORM, CANNOT_SAMPLE and REFUSAL items are for \
                    inspectors, RESULT items for inspectors and labs. An item the caller may not send is INVALID, \
                    not refused with 403: a LAB's FORM item has the code forbidden (field kind); an item the \
                    inspector may not sign has the access rule's code (not-a-sampling-inspector, \
                    region-not-supervised); a RESULT for a sample the caller may not see (another pair's) has \
                    not-found, as for a sample that does not exist. \
                    The batch as a whole is refused (400, nothing applied) when it is empty, holds more than \
                    qsp.inspection.sync.max-items items (too-many-items, 100 by default), an item that is not an \
                    object, an item without a valid clientId (invalid-client-id) or a clientId twice \
                    (duplicate-client-id); 413 past the path's body limit. Each applied item is written at once: after \
                    a failure mid-batch, the retried batch answers the items applied before ALREADY_APPLIED. \
                    Photos and signature images go to PUT /samples/{sampleId}/photos/{photoId} once the form is \
                    recorded; a form's party.signaturePhotoId may name one not uploaded yet.""")
    SyncAnswer sync(@Valid @RequestBody SyncRequest request, Caller caller) {
        List<String> clientIds = request.clientIds(properties.maxItems());
        List<SyncAnswer.Item> answers = new ArrayList<>(clientIds.size());
        for (int i = 0; i < clientIds.size(); i++) {
            answers.add(items.apply(clientIds.get(i), request.items().get(i), caller));
        }
        return new SyncAnswer(answers);
    }
}
