package org.qsp.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.Validator;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.qsp.platform.errors.DomainException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What is wrong with a request's input, as {@link ProblemHandler} reports it: the stable code and the field errors (by
 * JSON path, {@code enterprise.uscc}, {@code inspectorIds[1]}). Public so that an operation that answers per part of
 * its body (a phone's batch of items) reports each part's problems in the same codes and fields as the single
 * operation's problem+json would.
 */
public final class InputProblems {

    /** Bean validation refused a field (a missing value, a value too long, an unknown region). */
    public static final String VALIDATION_FAILED = "validation-failed";
    /** The JSON reader refused a value (a wrong type, an unknown property, a control character). */
    public static final String MALFORMED_REQUEST = "malformed-request";

    private InputProblems() {
    }

    /** The field errors of bean validation: its field errors, then the global ones by object name, sorted by field. */
    public static List<FieldError> of(Errors errors) {
        return Stream.concat(
                errors.getFieldErrors().stream().map(f -> new FieldError(f.getField(), f.getDefaultMessage())),
                errors.getGlobalErrors().stream().map(g -> new FieldError(g.getObjectName(), g.getDefaultMessage())))
                .sorted(Comparator.comparing(FieldError::field)).toList();
    }

    /**
     * Validates {@code target} (a request record) as Spring MVC validates a {@code @Valid} body, with the same
     * validator: its field errors, none when it is valid.
     */
    public static List<FieldError> validate(Validator validator, Object target) {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(target, "request");
        new SpringValidatorAdapter(validator).validate(target, errors);
        return of(errors);
    }

    /** The field a value the JSON reader refused is at, with what is wrong; null when it names no field. */
    public static FieldError of(JacksonException json) {
        if (json.getPath().isEmpty()) {
            return null;
        }
        String field = json.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String message = json instanceof StrictJson.Refused refused ? refused.getOriginalMessage()
                : json instanceof UnrecognizedPropertyException ? "is not a property of this request"
                : "has the wrong type or format";
        return new FieldError(field, message);
    }

    /** The field error of a domain rule that names its field; none when it names none. */
    public static List<FieldError> of(DomainException e) {
        return e.field() == null ? List.of() : List.of(new FieldError(e.field(), e.getMessage()));
    }

    /** The errors in one line, as a problem's detail: {@code field message; field message}. */
    public static String describe(List<FieldError> errors) {
        return errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
    }
}
