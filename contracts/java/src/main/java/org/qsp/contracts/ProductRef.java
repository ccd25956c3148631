package org.qsp.contracts;

/** The sampled product: name, brand, model/specification and batch or production date. */
public record ProductRef(String name, String brand, String model, String batch) {
}
