package org.qsp.recall.defect.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.qsp.platform.region.KnownRegion;
import org.qsp.platform.uscc.ValidUscc;
import org.qsp.recall.defect.Producer;
import org.qsp.recall.defect.Evidence;

/** Parts of request bodies that leads, investigations and recalls share. */
public final class DefectBodies {

    /** A reference to where a piece of evidence is kept ({@code sample:…}, {@code report:2026-001}, a URL path). */
    public static final String REFERENCE = "[A-Za-z0-9._:/-]{1,200}";
    public static final String REFERENCE_MESSAGE = "must be an evidence reference (1-200 of A-Z a-z 0-9 . _ : / -)";

    private DefectBodies() {
    }

    /** An enterprise: USCC (GB 32100), name and the GB/T 2260 region where it is. */
    public record ProducerBody(@NotNull @ValidUscc String uscc, @NotBlank @Size(max = 100) String name,
            @NotNull @KnownRegion(place = true) String region) {

        public Producer producer() {
            return new Producer(uscc, name, region);
        }
    }

    public record EvidenceBody(@NotNull Evidence.Type type,
            @NotNull @Pattern(regexp = REFERENCE, message = REFERENCE_MESSAGE) String reference) {

        public Evidence evidence() {
            return new Evidence(type, reference);
        }
    }
}
