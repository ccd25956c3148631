package org.qsp.platform.attachment;

import java.util.regex.Pattern;

import org.qsp.platform.errors.InvalidField;

/**
 * One attachment of an owner, named by the client ({@code photoId}: the phone makes it up, so that a retried upload
 * lands on the same attachment). Its {@link #value()} {@code kind/id/name} is unique in the store.
 */
public record AttachmentKey(AttachmentOwner owner, String name) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public AttachmentKey {
        if (owner == null) {
            throw new IllegalArgumentException("an attachment needs an owner");
        }
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidField("invalid-attachment-id", "attachmentId",
                    "an attachment id is 1 to 64 letters, digits, underscores or hyphens");
        }
    }

    public String value() {
        return owner.prefix() + name;
    }

    @Override
    public String toString() {
        return value();
    }
}
