package org.qsp.inspection.sample;

import org.qsp.platform.errors.InvalidField;

/**
 * How the sampled party answered the form: its signature (the id of the photo of the signed form) or, when it
 * would not sign, a note of the refusal to sign and the witness who saw it. Exactly one of the two.
 *
 * @param signaturePhotoId the photo of the party's signature (null when it refused to sign)
 * @param refusalNote      what the party said or did (null when it signed)
 * @param witness          who witnessed the refusal (name and capacity; null when it signed)
 */
public record PartySignature(String signaturePhotoId, String refusalNote, String witness) {

    public PartySignature {
        refusalNote = Text.stripToNull(refusalNote);
        witness = Text.stripToNull(witness);
        if (signaturePhotoId != null) {
            signaturePhotoId = PhotoId.require(signaturePhotoId, "party.signaturePhotoId");
            if (refusalNote != null || witness != null) {
                throw new InvalidField("validation-failed", "party",
                        "party has either a signaturePhotoId or a refusalNote with a witness, not both");
            }
        } else if (refusalNote == null || witness == null) {
            throw new InvalidField("validation-failed", "party",
                    "party needs a signaturePhotoId, or a refusalNote and a witness");
        }
    }

    public boolean refusedToSign() {
        return signaturePhotoId == null;
    }
}
