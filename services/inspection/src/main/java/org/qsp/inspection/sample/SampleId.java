package org.qsp.inspection.sample;

import java.util.regex.Pattern;

import org.qsp.platform.errors.InvalidField;

/**
 * The id a phone gives a sample when the form is filled in (typically a UUID); never {@code mine}, the path of an
 * enterprise's own list.
 */
public record SampleId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9-]{1,64}");

    public SampleId {
        if (value == null || !FORMAT.matcher(value).matches() || value.equalsIgnoreCase("mine")) {
            throw new InvalidField("invalid-sample-id", "sampleId",
                    "sampleId must be 1 to 64 letters, digits or hyphens");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
