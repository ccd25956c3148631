package org.qsp.archfixture.bad.store;

public class ThingStore {
}
