package org.qsp.inspection.sample;

/** The sampled party's role in the supply chain (生产者 / 销售者 / 网店). */
public enum PartyRole {
    PRODUCER, SELLER, ONLINE_SHOP
}
