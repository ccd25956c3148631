package org.qsp.recall.defect;

import org.qsp.contracts.ProductRef;

/**
 * The product concerned: name, brand, model and its batches or code info (批次、生产日期或产品识别码). A lead may know
 * only some of it (a complaint cluster names a brand and a model); {@link #title()} is what to call it then.
 */
public record Product(String name, String brand, String model, String codeInfo) {

    /** Its name, or brand and model when the source did not name it. */
    public String title() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        String known = String.join(" ", java.util.stream.Stream.of(brand, model)
                .filter(p -> p != null && !p.isBlank()).toList());
        return known.isEmpty() ? "未命名产品" : known;
    }

    /** As events carry it: the name is never empty there. */
    public ProductRef ref() {
        return new ProductRef(title(), brand, model, codeInfo);
    }

    /** As a lead's event carries it: each part as the source gave it. */
    public ProductRef asGiven() {
        return new ProductRef(name, brand, model, codeInfo);
    }
}
