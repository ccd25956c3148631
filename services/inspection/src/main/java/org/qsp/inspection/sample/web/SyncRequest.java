package org.qsp.inspection.sample.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.qsp.inspection.sample.CannotSampleReason;
import org.qsp.inspection.sample.ProductClass;
import org.qsp.inspection.sample.SamplingForm;
import org.qsp.inspection.sample.SamplingType;
import org.qsp.inspection.sample.Verdict;
import org.qsp.platform.errors.InvalidField;
import org.qsp.platform.web.InputProblems;
import tools.jackson.databind.JsonNode;

/**
 * A phone's batch of items made offline, as it sends them: each item is read, validated and applied on its own
 * ({@link SyncItems}), so the items stay JSON until then; what the batch as a whole must be (its size, a client id
 * per item, each once) is checked before any item is applied.
 */
record SyncRequest(
        @NotEmpty @ArraySchema(schema = @Schema(implementation = Item.class)) List<JsonNode> items) {

    static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /**
     * The items' client ids, in order; 400 when the batch holds more than {@code maxItems} items, an item that is not
     * an object, an item without a client id (or one that is not an id) or a client id twice.
     */
    List<String> clientIds(int maxItems) {
        if (items.size() > maxItems) {
            throw new InvalidField("too-many-items", "items", "a batch holds at most " + maxItems + " items, this one "
                    + items.size() + ": send the rest in another batch");
        }
        List<String> ids = new ArrayList<>(items.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = "items[" + i + "]";
            if (item == null || !item.isObject()) {
                throw new InvalidField(InputProblems.MALFORMED_REQUEST, at, at + " must be an object");
            }
            JsonNode clientId = item.get("clientId");
            if (clientId == null || clientId.isNull()) {
                throw new InvalidField(InputProblems.VALIDATION_FAILED, at + ".clientId", at
                        + ".clientId must not be null");
            }
            if (!clientId.isString() || !CLIENT_ID.matcher(clientId.asString()).matches()) {
                throw new InvalidField("invalid-client-id", at + ".clientId", at
                        + ".clientId must be 1 to 64 letters, digits, underscores or hyphens");
            }
            Integer first = seen.putIfAbsent(clientId.asString(), i);
            if (first != null) {
                throw new InvalidField("duplicate-client-id", at + ".clientId", "clientId " + clientId.asString()
                        + " is also that of items[" + first + "]: each item of a batch has its own");
            }
            ids.add(clientId.asString());
        }
        return ids;
    }

    /**
     * One item of a batch, as the OpenAPI document describes it: its client id, its kind, the sample id, and the
     * fields of the single endpoint of its kind (only those: another kind's field is refused as unknown).
     *
     * @param clientId the id the phone gave the item, answered with its status; unique within the batch
     * @param kind     FORM ({@code PUT /samples/{id}}), RESULT ({@code PUT /samples/{id}/result}), CANNOT_SAMPLE
     *                 ({@code PUT /samples/{id}/cannot-sample}) or REFUSAL ({@code PUT /samples/{id}/refusal})
     * @param sampleId the sample id the single endpoint takes in its path
     */
    @Schema(name = "SyncRequest.Item", description = "An item: clientId, kind and sampleId, and the fields of the "
            + "single endpoint of its kind: FORM the fields of PUT /samples/{sampleId}, RESULT those of PUT "
            + "/samples/{sampleId}/result, CANNOT_SAMPLE those of PUT /samples/{sampleId}/cannot-sample, REFUSAL "
            + "those of PUT /samples/{sampleId}/refusal. A field of another kind is refused as unknown (INVALID).")
    record Item(@NotNull @Size(max = 64) @Schema(pattern = "^[A-Za-z0-9_-]{1,64}$") String clientId,
            @NotNull SyncItems.Kind kind,
            @NotNull @Size(max = 64) @Schema(pattern = "^[A-Za-z0-9-]{1,64}$") String sampleId,
            @Valid SamplingFormRequest.Enterprise enterprise, Boolean usccCheckOverride,
            @Valid SamplingFormRequest.ProductForm product, Instant sampledAt,
            @Size(min = 2, max = 2) List<@NotNull @Size(max = 64) String> inspectorIds,
            @Valid SamplingFormRequest.Location location, @Size(max = 64) String taskId, SamplingType samplingType,
            @Size(max = 64) String category, ProductClass productClass,
            @Size(max = SamplingForm.MAX_SEALS) List<@NotNull @Size(max = 64) String> sealNumbers,
            @Valid SamplingFormRequest.Party party,
            CannotSampleReason reason, @Size(max = 2000) String note, @Size(max = 200) String witness,
            Instant attemptedAt,
            @Size(max = 200) @Valid List<ResultRequest.Item> items, Verdict overallVerdict, Instant concludedAt) {
    }
}
