/**
 * What every stage of a recall speaks of: the producer, the product, its type (food or a consumer product), its
 * classification (a food level or a consumer product's risk level), the hazard, and the deadlines of the rules.
 */
package org.qsp.recall.defect;
