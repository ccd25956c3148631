package org.qsp.platform.web;

/** One bad input field of a problem: its JSON path (e.g. {@code enterprise.uscc}) and what is wrong. */
public record FieldError(String field, String message) {
}
