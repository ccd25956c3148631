package org.qsp.contracts.complaint;

/** The product a case names (any part may be null when the category does not ask for it). */
public record ProductMention(String name, String brand, String model) {
}
