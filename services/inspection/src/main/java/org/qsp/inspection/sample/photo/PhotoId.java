package org.qsp.inspection.sample.photo;

import java.util.regex.Pattern;

import org.qsp.platform.errors.InvalidField;

/** The id a phone gives a photo or signature image when it takes it, so that a retried upload lands on the same one. */
public record PhotoId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public PhotoId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidField("invalid-photo-id", "photoId",
                    "photoId must be 1 to 64 letters, digits, underscores or hyphens");
        }
    }
}
