package org.qsp.inspection.sample;

import org.qsp.inspection.inspector.Inspector;
import org.qsp.inspection.inspector.InspectorDirectory;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.Forbidden;
import org.qsp.platform.errors.InvalidField;

/**
 * Who may file a form and who may co-sign it. The filing inspector signs the form and acts for the
 * sampled enterprise's region (their authority covers it, {@link Caller#actsFor}); the other signer
 * is a known inspector of the same authority. Two signatures of one person are refused by the form
 * itself ({@link SamplingForm}: {@code inspectors-not-distinct}).
 */
final class Signatures {

    private Signatures() {
    }

    static void check(SamplingForm form, Caller filer, InspectorDirectory inspectors) {
        form.requireSignedBy(filer.subject());
        check(form.inspectorIds(), form.enterprise().region(), filer, inspectors);
    }

    /** The same rule for a pair that found it could not sample, or was refused: {@code pair} holds the filer. */
    static void check(java.util.List<String> pair, String region, Caller filer, InspectorDirectory inspectors) {
        if (!pair.contains(filer.subject())) {
            throw new NotASamplingInspector(filer.subject());
        }
        String authority = filer.requireRegion();
        if (!filer.actsFor(region)) {
            throw new RegionNotSupervised(filer.subject(), authority, region);
        }
        String coSigner = pair.stream().filter(id -> !id.equals(filer.subject())).findFirst()
                .orElseThrow();
        Inspector other = inspectors.find(coSigner).orElseThrow(() -> new InvalidField("unknown-co-signer",
                "inspectorIds", "co-signer " + coSigner + " is not a known inspector"));
        if (!other.sameAuthorityAs(new Inspector(filer.subject(), authority))) {
            throw new InvalidField("co-signer-of-another-authority", "inspectorIds", "co-signer " + coSigner
                    + " works for the authority of " + other.region() + ", not for that of " + authority);
        }
    }

    /** 403: the form names a region outside the filing inspector's authority. */
    static final class RegionNotSupervised extends Forbidden {

        RegionNotSupervised(String inspector, String authority, String region) {
            super("region-not-supervised", "inspector " + inspector + " works for the authority of " + authority
                    + ", which does not cover region " + region);
        }

        @Override
        public String field() {
            return "enterprise.region";
        }
    }
}
