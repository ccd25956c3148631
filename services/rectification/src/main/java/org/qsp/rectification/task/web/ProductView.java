package org.qsp.rectification.task.web;

import org.qsp.rectification.task.Product;

public record ProductView(String name, String brand, String model, String batch) {

    static ProductView of(Product product) {
        return new ProductView(product.name(), product.brand(), product.model(), product.batch());
    }
}
