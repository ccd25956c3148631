package org.qsp.platform.attachment;

import java.util.regex.Pattern;

import org.qsp.platform.errors.InvalidField;

/**
 * What an attachment belongs to: a kind of aggregate of the service ({@code sample}, {@code report}) and its id.
 * The service is implicit: each service has a database, and so a store, of its own.
 */
public record AttachmentOwner(String kind, String id) {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z-]{0,31}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");

    public AttachmentOwner {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("an owner kind is 1 to 32 lowercase letters or hyphens: " + kind);
        }
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidField("invalid-owner-id", "id", "the owner's id must be 1 to 128 letters, digits or _.:-");
        }
    }

    /** The key prefix of every attachment of this owner: {@code kind/id/}. */
    String prefix() {
        return kind + "/" + id + "/";
    }
}
