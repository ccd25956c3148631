package org.qsp.recall.defect;

/** Food has three official recall levels; consumer products have none and keep a risk level instead. */
public enum ProductType {
    FOOD, CONSUMER_PRODUCT
}
