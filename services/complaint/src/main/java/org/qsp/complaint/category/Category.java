package org.qsp.complaint.category;

import java.util.List;

/**
 * A complaint category (投诉举报分类) with the attributes it asks for. {@code safetyRelated} marks categories
 * whose products can endanger people: a cluster of them is a recall lead.
 */
public record Category(String code, String name, boolean safetyRelated, List<Attribute> attributes) {
}
