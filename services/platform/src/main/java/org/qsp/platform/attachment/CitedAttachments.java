package org.qsp.platform.attachment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.qsp.platform.errors.InvalidField;

/**
 * The evidence a request cites by the ids it was uploaded under (a rectification report's, a credit repair
 * application's; ADR 0020): the client uploads each file first under an id it chooses, then names the ids. Each id
 * must be an evidence id (400 {@code invalid-evidence-id} on {@code evidenceId}), cited once (400
 * {@code duplicate-evidence} on {@code evidence}) and uploaded to the owner (400 {@code unknown-evidence} on
 * {@code evidence}, with the service's hint where to upload it). The first id that is not is named in the problem,
 * so that the caller writes nothing.
 */
public final class CitedAttachments {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private CitedAttachments() {
    }

    /** The key of an evidence file of the owner; 400 {@code invalid-evidence-id} when the id is not one. */
    public static AttachmentKey key(AttachmentOwner owner, String evidenceId) {
        if (evidenceId == null || !ID.matcher(evidenceId).matches()) {
            throw new InvalidField("invalid-evidence-id", "evidenceId",
                    "an evidence id is 1 to 64 letters, digits, underscores or hyphens");
        }
        return new AttachmentKey(owner, evidenceId);
    }

    /**
     * The stored evidence the ids cite, in their order.
     *
     * @param whereToUpload the end of the message for an id not uploaded, after "evidence {id} is not uploaded ",
     *                      given the id: "to task RT-1", "(PUT /api/…/evidence/{id})"
     */
    public static List<Attachment> resolve(AttachmentStore store, AttachmentOwner owner, List<String> evidenceIds,
            UnaryOperator<String> whereToUpload) {
        List<Attachment> resolved = new ArrayList<>(evidenceIds.size());
        var seen = new HashSet<String>();
        for (String id : evidenceIds) {
            if (!seen.add(id)) {
                throw new InvalidField("duplicate-evidence", "evidence", "evidence " + id + " is cited twice");
            }
            resolved.add(store.find(key(owner, id)).orElseThrow(() -> new InvalidField("unknown-evidence", "evidence",
                    "evidence " + id + " is not uploaded " + whereToUpload.apply(id))));
        }
        return resolved;
    }
}
