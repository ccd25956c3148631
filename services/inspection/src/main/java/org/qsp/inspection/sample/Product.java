package org.qsp.inspection.sample;

import org.qsp.platform.errors.InvalidField;

/** The sampled product: name, brand, model/specification and batch or production date ("" when not marked). */
public record Product(String name, String brand, String model, String batch) {

    public Product {
        name = Text.strip(name);
        brand = Text.strip(brand);
        model = Text.strip(model);
        batch = Text.strip(batch);
        if (name == null || name.isEmpty()) {
            throw new InvalidField("validation-failed", "product.name", "product.name is required");
        }
        if (brand == null || model == null || batch == null) {
            throw new InvalidField("validation-failed", "product", "brand, model and batch are required (may be empty)");
        }
    }
}
