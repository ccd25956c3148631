package org.qsp.inspection.sample.web;

import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;
import org.qsp.inspection.sample.SampleId;
import org.qsp.inspection.sample.SampleService;
import org.qsp.platform.access.Caller;
import org.qsp.platform.access.Role;
import org.qsp.platform.errors.DomainException;
import org.qsp.platform.web.FieldError;
import org.qsp.platform.web.InputProblems;
import org.qsp.platform.web.StrictJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies one item of a phone's batch as its single endpoint would: read by the same strict reader into the same
 * request record, validated by the same validator, authorized by the same role rule, and recorded by the same use
 * case of {@link SampleService} (its own atomic write; no second write path). What the single endpoint answers
 * becomes the item's status: 201 APPLIED, 200 ALREADY_APPLIED, 409 CONFLICT, any other refusal INVALID with the
 * codes and fields of its problem. Each item is counted in {@code qsp.inspection.sync.items} by kind and status.
 */
@Component
class SyncItems {

    static final String METER = "qsp.inspection.sync.items";
    private static final Set<String> HEADER = Set.of("clientId", "kind", "sampleId");

    /** The kinds of item, each with the single endpoint's request and the roles that may send it. */
    enum Kind {
        FORM(SamplingFormRequest.class, Set.of(Role.INSPECTOR)),
        RESULT(ResultRequest.class, Set.of(Role.INSPECTOR, Role.LAB)),
        CANNOT_SAMPLE(AttemptRequests.CannotSample.class, Set.of(Role.INSPECTOR)),
        REFUSAL(AttemptRequests.Refusal.class, Set.of(Role.INSPECTOR));

        private final Class<?> request;
        private final Set<Role> roles;

        Kind(Class<?> request, Set<Role> roles) {
            this.request = request;
            this.roles = roles;
        }

        boolean mayBeSentBy(Caller caller) {
            return roles.stream().anyMatch(caller::has);
        }
    }

    /** What every item has besides its kind's fields (the client id is the batch's to check). */
    record Header(@NotNull Kind kind, @NotNull String sampleId) {
    }

    private final SampleService samples;
    private final Validator validator;
    private final JsonMapper strict;
    private final MeterRegistry meters;

    SyncItems(SampleService samples, Validator validator, JsonMapper jsonMapper, MeterRegistry meters) {
        this.samples = samples;
        this.validator = validator;
        this.strict = StrictJson.of(jsonMapper);
        this.meters = meters;
    }

    /** The item applied (or not), as its status; a failure of the store is not an answer and propagates. */
    SyncAnswer.Item apply(String clientId, JsonNode item, Caller caller) {
        String sampleId = item.path("sampleId").isString() ? item.get("sampleId").asString() : null;
        Kind kind = null;
        SyncAnswer.Item answer;
        try {
            Header header = read(header(item), Header.class);
            kind = header.kind();
            if (!kind.mayBeSentBy(caller)) {
                throw new Invalid(List.of(new SyncAnswer.ItemError("kind", "forbidden",
                        "your role may not send a " + kind + " item")));
            }
            SampleId id = new SampleId(header.sampleId());
            Object request = read(body(item), kind.request);
            answer = new SyncAnswer.Item(clientId, sampleId, record(kind, id, request, caller)
                    ? SyncAnswer.Status.APPLIED : SyncAnswer.Status.ALREADY_APPLIED, List.of());
        } catch (Invalid invalid) {
            answer = new SyncAnswer.Item(clientId, sampleId, SyncAnswer.Status.INVALID, invalid.errors);
        } catch (DomainException refused) {
            answer = new SyncAnswer.Item(clientId, sampleId, refused.kind() == DomainException.Kind.CONFLICT
                    ? SyncAnswer.Status.CONFLICT : SyncAnswer.Status.INVALID,
                    List.of(new SyncAnswer.ItemError(refused.field(), refused.code(), refused.getMessage())));
        }
        meters.counter(METER, "kind", kind == null ? "UNKNOWN" : kind.name(), "status", answer.status().name())
                .increment();
        return answer;
    }

    /** Records it by its kind's use case; whether this item recorded it (false: the same was recorded before). */
    private boolean record(Kind kind, SampleId id, Object request, Caller caller) {
        return switch (kind) {
            case FORM -> samples.recordForm(id, ((SamplingFormRequest) request).toForm(), caller).created();
            case RESULT -> samples.recordResult(id, ((ResultRequest) request).toReport(), caller).created();
            case CANNOT_SAMPLE -> samples.recordAttempt(id, ((AttemptRequests.CannotSample) request).toReport(),
                    caller).created();
            case REFUSAL -> samples.recordAttempt(id, ((AttemptRequests.Refusal) request).toReport(), caller)
                    .created();
        };
    }

    /** The value read strictly and validated, as a {@code @Valid @RequestBody} of that type is. */
    private <T> T read(ObjectNode json, Class<T> type) {
        T value;
        try {
            value = strict.treeToValue(json, type);
        } catch (JacksonException unreadable) {
            FieldError field = InputProblems.of(unreadable);
            throw new Invalid(List.of(field == null
                    ? new SyncAnswer.ItemError(null, InputProblems.MALFORMED_REQUEST, "the item cannot be read as a "
                            + type.getSimpleName())
                    : new SyncAnswer.ItemError(field.field(), InputProblems.MALFORMED_REQUEST, field.message())));
        }
        List<FieldError> errors = InputProblems.validate(validator, value);
        if (!errors.isEmpty()) {
            throw new Invalid(errors.stream()
                    .map(e -> new SyncAnswer.ItemError(e.field(), InputProblems.VALIDATION_FAILED, e.message()))
                    .toList());
        }
        return value;
    }

    private static ObjectNode header(JsonNode item) {
        ObjectNode header = ((ObjectNode) item).objectNode();
        for (String name : List.of("kind", "sampleId")) {
            if (item.has(name)) {
                header.set(name, item.get(name));
            }
        }
        return header;
    }

    private static ObjectNode body(JsonNode item) {
        ObjectNode body = ((ObjectNode) item).deepCopy();
        body.remove(HEADER);
        return body;
    }

    /** An item that its kind's reader or validator refused, with the errors its problem would have. */
    private static final class Invalid extends RuntimeException {

        private final transient List<SyncAnswer.ItemError> errors;

        Invalid(List<SyncAnswer.ItemError> errors) {
            super(null, null, false, false);
            this.errors = errors;
        }
    }
}
