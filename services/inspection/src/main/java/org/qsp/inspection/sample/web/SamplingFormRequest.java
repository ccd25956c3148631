package org.qsp.inspection.sample.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.qsp.inspection.sample.GeoPoint;
import org.qsp.inspection.sample.PartyRole;
import org.qsp.inspection.sample.PartySignature;
import org.qsp.inspection.sample.Product;
import org.qsp.inspection.sample.ProductClass;
import org.qsp.inspection.sample.SampledEnterprise;
import org.qsp.inspection.sample.SamplingForm;
import org.qsp.inspection.sample.SamplingType;
import org.qsp.platform.region.KnownRegion;
import org.qsp.platform.uscc.ValidUscc;

/**
 * The sampling form as the phone sends it.
 *
 * @param usccCheckOverride the inspector confirmed an early USCC that fails the GB 32100 check character
 * @param taskId            the sampling task the form fulfils (optional)
 * @param samplingType      SUPERVISORY (default), RISK_MONITORING or EVALUATION
 * @param category          the product category code (optional)
 * @param productClass      FOOD, MANUFACTURED (default) or AGRICULTURAL: how a FAIL may be contested
 * @param sealNumbers       the seals on the test and reserve samples (optional)
 * @param party             the party's signature photo, or its refusal to sign with a witness (optional)
 */
public record SamplingFormRequest(@NotNull @Valid Enterprise enterprise, Boolean usccCheckOverride,
        @NotNull @Valid ProductForm product, @NotNull Instant sampledAt,
        @NotNull @Size(min = 2, max = 2) List<@NotBlank @Size(max = 64) String> inspectorIds,
        @Valid Location location, @Size(max = 64) String taskId, SamplingType samplingType,
        @Size(max = 64) String category, ProductClass productClass,
        @Size(max = SamplingForm.MAX_SEALS) List<@NotBlank @Size(max = 64) String> sealNumbers,
        @Valid Party party) {

    public record Enterprise(@NotNull @ValidUscc(allowCheckOverride = true) String uscc,
            @NotBlank @Size(max = 200) String name,
            @NotNull @KnownRegion(place = true) String region,
            @NotNull PartyRole role) {
    }

    public record ProductForm(@NotBlank @Size(max = 200) String name, @NotNull @Size(max = 100) String brand,
            @NotNull @Size(max = 100) String model, @NotNull @Size(max = 100) String batch) {
    }

    /** @param accuracy the fix's accuracy in metres, as the phone reports it (optional) */
    public record Location(@NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
            @DecimalMin("0") @DecimalMax("100000") Double accuracy) {
    }

    /** The party's signature (a photo id) or, when it would not sign, the refusal note and its witness. */
    public record Party(@Size(max = 64) String signaturePhotoId, @Size(max = 2000) String refusalNote,
            @Size(max = 200) String witness) {
    }

    public SamplingForm toForm() {
        return new SamplingForm(
                new SampledEnterprise(enterprise.uscc(), enterprise.name(), enterprise.region(), enterprise.role(),
                        Boolean.TRUE.equals(usccCheckOverride)),
                new Product(product.name(), product.brand(), product.model(), product.batch()),
                sampledAt, inspectorIds,
                location == null ? null : new GeoPoint(location.lat(), location.lon(), location.accuracy()),
                taskId, samplingType, category, productClass, sealNumbers,
                party == null ? null : new PartySignature(party.signaturePhotoId(), party.refusalNote(),
                        party.witness()));
    }
}
