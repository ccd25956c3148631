package org.qsp.rectification.task;

/**
 * The failed product. Brand and model identify "the same product" that the enterprise must stop
 * producing and selling.
 */
public record Product(String name, String brand, String model, String batch) {
}
