package org.qsp.inspection.sample;

import java.util.regex.Pattern;

import org.qsp.platform.errors.InvalidField;

/** The id of a photo the phone took (a signature, a seal): 1 to 64 letters, digits or hyphens, as a sample id. */
public final class PhotoId {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private PhotoId() {
    }

    /** The id, stripped; 400 {@code invalid-photo-id} on {@code field} when it is not one. */
    public static String require(String value, String field) {
        String id = value == null ? null : value.strip();
        if (id == null || !FORMAT.matcher(id).matches()) {
            throw new InvalidField("invalid-photo-id", field, field + " must be a photo id: 1 to 64 letters, digits "
                    + "or hyphens");
        }
        return id;
    }
}
