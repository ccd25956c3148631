package org.qsp.recall.defect;

/**
 * What a lead or an investigation is about: the producer (null while a lead about a product names none), the
 * product, its type when known, the GB/T 2260 region of the authority that handles it, and what was found.
 */
public record DefectSubject(Producer producer, Product product, ProductType productType, String region,
        String hazard) {

    /** The same subject with the producer a regulator named. */
    public DefectSubject of(Producer named) {
        return new DefectSubject(named, product, productType, region, hazard);
    }
}
