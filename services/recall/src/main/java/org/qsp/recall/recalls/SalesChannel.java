package org.qsp.recall.recalls;

/** Where the product was sold. */
public enum SalesChannel {
    SUPERMARKET, RETAIL_STORE, ONLINE, WHOLESALE, CATERING, DIRECT_SALES, EXPORT, OTHER
}
