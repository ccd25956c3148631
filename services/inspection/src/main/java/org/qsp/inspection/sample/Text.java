package org.qsp.inspection.sample;

/** Normalizes free text from a form so that a replay with other whitespace is the same request. */
final class Text {

    private Text() {
    }

    static String strip(String value) {
        return value == null ? null : value.strip();
    }

    static String stripToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
